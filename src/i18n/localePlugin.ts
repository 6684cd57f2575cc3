import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ProcedureSchema } from '../content/schema.ts';
import { RiskFiguresSchema } from '../content/riskFiguresSchema.ts';
import { packProblems, translationsToReview, type CheckedPack } from './packSchema.ts';

const ID = 'virtual:locale-packs';
const RESOLVED = `\0${ID}`;

/**
 * Finds the locale packs (every src/locales/<tag>.json, plus any in the folders named by the
 * PCI_EXTRA_LOCALES environment variable, comma-separated: the pseudo-locale test's packs),
 * refuses to build if one is incomplete, and serves them to the app as `virtual:locale-packs`:
 *  - DEFAULT_PACK: the source-language pack, in the first script. Its content words are left
 *    out: they equal procedure.json's (checked), which the app already has.
 *  - PACKS: every pack's meta (for the language picker) and a loader that fetches its words as
 *    a separate chunk, so each added language costs nothing until someone chooses it.
 * Adding a language is adding a file: there is no list to edit.
 */
export function localePacks(root: string): Plugin {
  const folders = (): string[] => [
    join(root, 'src/locales'),
    ...(process.env.PCI_EXTRA_LOCALES ?? '')
      .split(',')
      .filter(Boolean)
      .map((f) => resolve(root, f)),
  ];
  const read = (): { file: string; json: unknown }[] =>
    folders().flatMap((folder) =>
      readdirSync(folder)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => {
          const file = join(folder, f);
          return { file, json: JSON.parse(readFileSync(file, 'utf8')) as unknown };
        }),
    );
  const procedure = (): ReturnType<typeof ProcedureSchema.parse> =>
    ProcedureSchema.parse(
      JSON.parse(readFileSync(join(root, 'src/content/procedure.json'), 'utf8')),
    );

  const figures = (): ReturnType<typeof RiskFiguresSchema.parse> =>
    RiskFiguresSchema.parse(JSON.parse(readFileSync(join(root, 'src/content/risks.json'), 'utf8')));

  return {
    name: 'pci-locale-packs',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const files = read();
      const problems = packProblems(files, procedure(), figures());
      if (problems.length > 0)
        throw new Error(`Locale packs failed their check:\n- ${problems.join('\n- ')}`);
      for (const { file } of files) this.addWatchFile(file);
      const packs = files.map(({ file, json }) => ({ file, pack: json as CheckedPack }));
      const source = packs.find((p) => p.pack.meta.source);
      if (!source) throw new Error('No source-language pack');
      // A translation whose English has changed since is shown as not reviewed (its content
      // version is older); the build names the sentences to translate and review again.
      for (const { tag, keys } of translationsToReview(
        packs.map((p) => p.pack),
        procedure(),
        figures(),
      ))
        this.warn(
          `${tag}: ${keys.length} content strings changed in English since translated: ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`,
        );
      const entries = packs.map(
        ({ file, pack }) =>
          `{ meta: ${JSON.stringify(pack.meta)}, load: ${
            pack === source.pack
              ? '() => Promise.resolve(DEFAULT_PACK)'
              : `() => import(${JSON.stringify(file)}).then((m) => m.default)`
          } }`,
      );
      return [
        `export const DEFAULT_PACK = ${JSON.stringify({ ...source.pack, content: {} })};`,
        `export const PACKS = [${entries.join(',\n')}];`,
      ].join('\n');
    },
  };
}
