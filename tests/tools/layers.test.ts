import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules in eslint.config.js, tried on imports that were never written: each
// wrong-way import must fail `npm run lint` with a message naming the rule, and each
// right-way one must pass. (docs/architecture.md describes the layers.)
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function layerErrors(filePath: string, specifier: string): Promise<string[]> {
  const code = `import { thing } from '${specifier}';\nexport const used = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['models/x.ts', '../src/case/patientCase.ts', 'models/ is the lowest layer'],
    ['models/anatomy/x.ts', '../../src/timeline/player.ts', 'models/ is the lowest layer'],
    ['models/x.ts', 'react', 'models/ is pure'],
    ['src/content/x.ts', '../case/patientCase.ts', 'src/content/ may import only'],
    ['src/content/x.ts', '../i18n/language.ts', 'src/content/ may import only'],
    ['src/timeline/x.ts', '../ui/narration.ts', 'src/timeline/ may import only'],
    ['src/scene/parts/x.tsx', '../../app/testHooks.ts', 'src/scene/ may import only'],
    ['src/ui/takehome/x.tsx', '../../clinician/index.ts', 'src/ui/ may import only'],
    ['src/clinician/x.tsx', '../ui/icons.tsx', 'src/clinician/ may import only'],
    ['src/app/x.tsx', '../embed/Embed.tsx', 'src/app/ may import only'],
  ])('%s importing %s fails with the rule named', async (file, specifier, words) => {
    const errors = await layerErrors(file, specifier);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Layer rule');
    expect(errors[0]).toContain(words);
  });

  it.each([
    ['models/anatomy/x.ts', '../case.ts'],
    ['src/content/x.ts', '../../models/case.ts'],
    ['src/i18n/x.ts', '../locales/en-GB.json'],
    ['src/timeline/x.ts', '../content/readingTime.ts'],
    ['src/scene/x.tsx', '../timeline/derived.ts'],
    ['src/ui/x.tsx', '../scene/cameraCommands.ts'],
    ['src/clinician/x.tsx', '../scene/sceneProbe.ts'],
    ['src/app/x.tsx', '../clinician/index.ts'],
    ['src/embed/x.tsx', '../app/App.tsx'],
  ])('%s importing %s passes', async (file, specifier) => {
    expect(await layerErrors(file, specifier)).toEqual([]);
  });
});
