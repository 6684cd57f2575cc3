// Pseudo-locales: machine-made packs that look nothing like English, to prove that every
// word on screen comes from a pack, that longer words fit, and that right-to-left works.
// Never shipped: written outside src/locales (npm run locales:pseudo) and built in only by
// the locale browser test (PCI_EXTRA_LOCALES).
import { fingerprints } from '../../src/i18n/contentHash.ts';
import type { LocalePack } from '../../src/i18n/types.ts';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [
    ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c, i) => [c, 'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž'[i]]),
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((c, i) => [c, 'ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'[i]]),
  ].filter((pair): pair is [string, string] => pair[1] !== undefined),
);
/** Padding words, themselves accented, so long text wraps as real words do. */
const PADDING = ['ļöŕéɱ', 'îþšûɱ', 'ðöļöŕ', 'šîţ', 'åɱéţ', 'çöñšéçţéţûŕ', 'åðîþîšçîñĝ'];
/** Right-to-left override … pop: shows the English letters mirrored, in an RTL run. */
const RLO = '\u202e';
const PDF = '\u202c';

/** Splits a string into text and {placeholders}, which must pass through untouched. */
function mapText(text: string, change: (part: string) => string): string {
  return text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) || part === '' ? part : change(part)))
    .join('');
}

/** Every letter accented, and about 40 % longer: "Play" → "[Þļåý ļöŕé]". */
export function accent(text: string): string {
  const changed = mapText(text, (part) => part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c));
  const extra = Math.ceil(text.length * 0.4);
  const padding: string[] = [];
  for (let i = 0; padding.join(' ').length < extra; i++)
    padding.push(PADDING[i % PADDING.length] ?? '');
  return `[${changed} ${padding.join(' ')}]`;
}

/** Each text run mirrored in a right-to-left override, placeholders kept as they are. */
export function mirror(text: string): string {
  return mapText(text, (part) => `${RLO}${part}${PDF}`);
}

function mapPack(
  english: LocalePack,
  meta: Pick<LocalePack['meta'], 'tag' | 'name' | 'dir'>,
  change: (text: string) => string,
): LocalePack {
  const each = (section: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(section).map(([k, v]) => [k, change(v)]));
  return {
    meta: {
      ...meta,
      source: false,
      contentVersion: english.meta.contentVersion,
      translatedBy: change('a machine, for testing (pseudo-locale)'),
      reviewedBy: { name: '', role: '', date: '' },
    },
    ui: each(english.ui) as LocalePack['ui'],
    content: each(english.content),
    // Made from today's English: nothing to review again.
    translatedFrom: fingerprints(english.content),
  };
}

/** The two test packs made from the English one: accented and longer, and right-to-left. */
export function pseudoPacks(english: LocalePack): LocalePack[] {
  return [
    mapPack(english, { tag: 'en-XA', name: accent('Pseudo accented'), dir: 'ltr' }, accent),
    mapPack(english, { tag: 'ar-XB', name: mirror('Pseudo right-to-left'), dir: 'rtl' }, mirror),
  ];
}

/** True for text a pseudo-locale made (what the browser test looks for in every text node). */
export function isPseudoText(text: string, tag: string): boolean {
  return tag === 'ar-XB' ? text.includes(RLO) : !/[A-Za-z]{2}/.test(text);
}
