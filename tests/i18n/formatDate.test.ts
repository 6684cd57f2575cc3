import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/formatDate.ts';
import { format } from '../../src/i18n/format.ts';
import type { Translate } from '../../src/i18n/types.ts';
import { englishT } from './english.ts';

describe('formatDate', () => {
  it('writes dates the British way in the English pack', () => {
    expect(formatDate('2026-11-26', englishT)).toBe('26 November 2026');
    expect(formatDate('2027-01-05', englishT)).toBe('5 January 2027');
  });

  it("uses the pack's own month names and order", () => {
    const t: Translate = (key, vars) =>
      key === 'date.format'
        ? format('{year}-{month}-{day}', vars)
        : key === 'date.month.3'
          ? 'mars'
          : `?${key}`;
    expect(formatDate('2026-03-09', t)).toBe('2026-mars-9');
  });

  it('leaves anything that is not a date as it was', () => {
    for (const bad of ['', 'soon', '2026-13-01', '2026-00-10', '2026-11'])
      expect(formatDate(bad, englishT)).toBe(bad);
  });
});
