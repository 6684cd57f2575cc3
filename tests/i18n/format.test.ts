import { describe, expect, it } from 'vitest';
import { format, placeholders, pluralKey, translate } from '../../src/i18n/format.ts';
import { english, englishT } from './english.ts';

const has = (keys: string[]) => (key: string) => keys.includes(key);

describe('format', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(format('Step {n} of {count}', { n: 2, count: 12 })).toBe('Step 2 of 12');
    expect(format('Hello {who}', {})).toBe('Hello {who}');
    expect(placeholders('{b} and {a}')).toEqual(['a', 'b']);
  });
});

describe('plurals (Intl.PluralRules)', () => {
  it('picks English one and other', () => {
    const en = has(['m_one', 'm_other']);
    expect(pluralKey('m', 1, 'en-GB', en)).toBe('m_one');
    expect(pluralKey('m', 0, 'en-GB', en)).toBe('m_other');
    expect(pluralKey('m', 2, 'en-GB', en)).toBe('m_other');
    expect(pluralKey('m', 1.5, 'en-GB', en)).toBe('m_other');
  });

  it('picks the forms other languages need, where the pack has them', () => {
    const pl = has(['m_one', 'm_few', 'm_many', 'm_other']);
    expect(pluralKey('m', 1, 'pl-PL', pl)).toBe('m_one');
    expect(pluralKey('m', 3, 'pl-PL', pl)).toBe('m_few');
    expect(pluralKey('m', 5, 'pl-PL', pl)).toBe('m_many');
    expect(pluralKey('m', 22, 'pl-PL', pl)).toBe('m_few');
    const cy = has(['m_zero', 'm_one', 'm_two', 'm_few', 'm_many', 'm_other']);
    expect(pluralKey('m', 0, 'cy-GB', cy)).toBe('m_zero');
    expect(pluralKey('m', 2, 'cy-GB', cy)).toBe('m_two');
    expect(pluralKey('m', 6, 'cy-GB', cy)).toBe('m_many');
  });

  it('falls back to the other form when a pack lacks the one asked for', () => {
    expect(pluralKey('m', 3, 'pl-PL', has(['m_one', 'm_other']))).toBe('m_other');
  });

  it('translates a plural key by its base name and count, and a plain key as it is', () => {
    const strings = { m_one: '{count} minute', m_other: '{count} minutes', plain: 'Hi' };
    expect(translate(strings, 'en-GB', 'm', { count: 1 })).toBe('1 minute');
    expect(translate(strings, 'en-GB', 'm', { count: 7 })).toBe('7 minutes');
    expect(translate(strings, 'en-GB', 'plain')).toBe('Hi');
    expect(translate(strings, 'en-GB', 'm')).toBeUndefined();
    expect(translate(strings, 'en-GB', 'missing', { count: 1 })).toBeUndefined();
  });

  it('has both English forms for every plural key, with the same placeholders', () => {
    const keys = Object.keys(english.ui);
    const bases = keys.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) {
      const one = english.ui[`${base}_one` as keyof typeof english.ui];
      const other = english.ui[`${base}_other` as keyof typeof english.ui];
      expect(one, base).toBeDefined();
      expect(placeholders(one)).toEqual(placeholders(other));
    }
    expect(englishT('time.minutes', { count: 1 })).toBe('1 minute');
    expect(englishT('time.seconds', { count: 30 })).toBe('30 seconds');
  });
});
