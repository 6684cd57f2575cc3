import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import procedure from '../../src/content/procedure.json' with { type: 'json' };

const hosting = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');

/** The step ids listed in docs/hosting.md between its stage markers, in order. */
function listedStages(text: string): string[] {
  const block = /<!-- stages:start -->([\s\S]*?)<!-- stages:end -->/.exec(text)?.[1];
  if (block === undefined) throw new Error('docs/hosting.md has no stage list markers');
  return [...block.matchAll(/^- `([a-z0-9-]+)`/gm)].map((m) => m[1] ?? '');
}

describe('docs/hosting.md', () => {
  it("lists every step's id, in the content's order", () => {
    expect(listedStages(hosting)).toEqual(procedure.stages.map((s) => s.id));
  });

  it('marks the steps that only some cases see', () => {
    const block = /<!-- stages:start -->([\s\S]*?)<!-- stages:end -->/.exec(hosting)?.[1] ?? '';
    for (const stage of procedure.stages) {
      const line = block.split('\n').find((l) => l.startsWith(`- \`${stage.id}\``)) ?? '';
      expect(line.includes('('), stage.id).toBe('when' in stage);
    }
  });

  it('names the example step ids that exist', () => {
    const ids = new Set(procedure.stages.map((s) => s.id));
    for (const m of hosting.matchAll(/stage: '([a-z-]+)'|`stage`[^\n]*e\.g\. `([a-z-]+)`/g))
      expect(ids.has(m[1] ?? m[2] ?? ''), m[0]).toBe(true);
  });
});
