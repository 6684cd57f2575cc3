import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/i18n/chooseLanguage.ts';
import { format, placeholders } from '../../src/i18n/format.ts';
import { isReviewed } from '../../src/i18n/reviewed.ts';
import type { PackMeta } from '../../src/i18n/types.ts';

const meta = (tag: string, reviewed: boolean, source = false): PackMeta => ({
  tag,
  name: tag,
  dir: 'ltr',
  source,
  contentVersion: '1.0.0',
  translatedBy: 'A translator',
  reviewedBy: reviewed
    ? { name: 'Dr A Reviewer', role: 'Consultant cardiologist', date: '2026-11-01' }
    : { name: '', role: '', date: '' },
});
const packs = [meta('en-GB', false, true), meta('cy-GB', true), meta('pl-PL', false)];
const choose = (search: string, saved: string | null): string =>
  chooseLanguage(search, saved, packs, '1.0.0', 'en-GB');

describe('chooseLanguage', () => {
  it('opens in the source language when nothing is asked', () => {
    expect(choose('', null)).toBe('en-GB');
  });

  it('takes ?lang= only when a pack has exactly that tag', () => {
    expect(choose('?lang=cy-GB', null)).toBe('cy-GB');
    for (const bad of [
      'fr-FR',
      'CY-GB',
      'cy',
      '<b>',
      '',
      'javascript:alert(1)',
      '__proto__',
      'cy-GB'.repeat(10),
    ])
      expect(choose(`?lang=${encodeURIComponent(bad)}`, null)).toBe('en-GB');
  });

  it('shows an unreviewed pack only when this visit asks for it, never from memory', () => {
    expect(choose('?lang=pl-PL', null)).toBe('pl-PL');
    expect(choose('', 'pl-PL')).toBe('en-GB');
    expect(choose('', 'cy-GB')).toBe('cy-GB');
    expect(choose('', 'xx-XX')).toBe('en-GB');
  });
});

describe('isReviewed', () => {
  it('needs a named reviewer, role and date, for this version of the content', () => {
    expect(isReviewed(meta('cy-GB', true), '1.0.0')).toBe(true);
    expect(isReviewed(meta('cy-GB', true), '1.1.0')).toBe(false);
    expect(isReviewed(meta('pl-PL', false), '1.0.0')).toBe(false);
    expect(
      isReviewed(
        { ...meta('cy-GB', true), reviewedBy: { name: 'X', role: '', date: '2026-01-01' } },
        '1.0.0',
      ),
    ).toBe(false);
  });

  it('counts the source language as reviewed: its approval is the content’s own', () => {
    expect(isReviewed(meta('en-GB', false, true), '9.9.9')).toBe(true);
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Step {n} of {count}', { n: 2, count: 12 })).toBe('Step 2 of 12');
    expect(format('Hello {who}')).toBe('Hello {who}');
    expect(placeholders('{b} and {a}')).toEqual(['a', 'b']);
  });
});
