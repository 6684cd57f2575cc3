import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allCases } from '../../src/case/patientCase.ts';
import { procedure, procedureFor } from '../../src/content/index.ts';
import { contentStrings } from '../../src/content/contentKeys.ts';
import { riskFigures } from '../../src/content/riskFigures.ts';
import { englishHash, keysToReview } from '../../src/i18n/contentHash.ts';
import { packProblems, translationsToReview, type CheckedPack } from '../../src/i18n/packSchema.ts';
import type { LocalePack } from '../../src/i18n/types.ts';
import { isPseudoText, pseudoPacks } from '../tools/pseudoLocale.ts';

const folder = fileURLToPath(new URL('../../src/locales/', import.meta.url));
const shipped = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: `src/locales/${f}`, json: JSON.parse(readFileSync(folder + f, 'utf8')) }));
const english = shipped.find((p) => p.file.endsWith('en-GB.json'))?.json as LocalePack;
const pseudo = pseudoPacks(english);
const asFiles = (packs: LocalePack[]): { file: string; json: unknown }[] =>
  packs.map((p) => ({ file: `tests/locales/${p.meta.tag}.json`, json: p }));
const clone = <T>(value: T): T => structuredClone(value);

describe('locale packs', () => {
  it('every pack has every English key, no extras, and the same placeholders', () => {
    expect(packProblems([...shipped, ...asFiles(pseudo)], procedure)).toEqual([]);
  });

  it("the English pack's content is procedure.json's words, exactly", () => {
    expect(english.content).toEqual(contentStrings(procedure, riskFigures));
  });

  it('marks a translation for review when the English sentence it was made from changes', () => {
    const [accented] = clone(pseudo);
    if (!accented) throw new Error('no pseudo pack');
    expect(translationsToReview([accented as CheckedPack], procedure)).toEqual([]);
    // The English of one caption is edited after the translation was made.
    const edited = clone(procedure);
    const caption = edited.stages[0]?.captions[0];
    if (!caption) throw new Error('no caption');
    caption.text = `${caption.text} Changed.`;
    const key = `${edited.stages[0]?.id}.caption.${caption.id}`;
    expect(translationsToReview([accented as CheckedPack], edited)).toEqual([
      { tag: 'en-XA', keys: [key] },
    ]);
    // A pack that records no English at all has every key to review.
    expect(keysToReview({ a: 'x', b: 'y' }, undefined)).toEqual(['a', 'b']);
    expect(keysToReview({ a: 'x' }, { a: englishHash('x') })).toEqual([]);
    expect(englishHash('x')).not.toBe(englishHash('x '));
  });

  it('finds a missing string, an extra one and a changed placeholder', () => {
    const [accented] = clone(pseudo);
    if (!accented) throw new Error('no pseudo pack');
    delete (accented.ui as Record<string, string>)['player.play'];
    (accented.content as Record<string, string>)['no-such-stage.title'] = 'x';
    accented.ui['caption.step'] = 'Step {number} of {count}';
    expect(packProblems([...shipped, ...asFiles([accented])], procedure)).toEqual([
      'en-XA: ui.caption.step must use the placeholders {count}, {n}',
      'en-XA: ui.player.play is missing',
      'en-XA: content.no-such-stage.title is not a key in English',
    ]);
  });

  it('refuses an English pack that no longer matches procedure.json', () => {
    const stale = clone(english);
    stale.content['your-heart.title'] = 'Your heart';
    const problems = packProblems([{ file: 'src/locales/en-GB.json', json: stale }], procedure);
    expect(problems.join()).toMatch(/run npm run locales:english/);
  });

  it('refuses a file not named after its tag, and a second source language', () => {
    const [accented] = clone(pseudo);
    if (!accented) throw new Error('no pseudo pack');
    accented.meta.source = true;
    const problems = packProblems(
      [...shipped, { file: 'src/locales/fr-FR.json', json: accented }],
      procedure,
    );
    expect(problems).toContain(
      'src/locales/fr-FR.json: the file must be named after meta.tag (en-XA.json)',
    );
    expect(problems).toContain('exactly one pack, en-GB, must have meta.source true');
  });

  it('content keys cover every stage, caption and safety message of every case', () => {
    for (const pack of pseudo) {
      for (const kase of allCases()) {
        const p = procedureFor(kase, pack.content);
        const texts = [
          p.meta.title,
          p.meta.source.publisher,
          ...p.stages.flatMap((s) => [s.title, s.description, ...s.captions.map((c) => c.text)]),
          ...p.safety.flatMap((m) => [m.heading, m.text]),
        ];
        for (const text of texts) expect(isPseudoText(text, pack.meta.tag), text).toBe(true);
      }
    }
  });

  it('ships no pseudo-locale: they are for tests only', () => {
    const tags = shipped.map((p) => (p.json as LocalePack).meta.tag);
    expect(tags).toContain('en-GB');
    expect(tags).not.toContain('en-XA');
    expect(tags).not.toContain('ar-XB');
  });
});
