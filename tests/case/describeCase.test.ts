import { describe, expect, it } from 'vitest';
import { describeCase } from '../../src/case/describeCase.ts';
import { englishT } from '../i18n/english.ts';
import { DEFAULT_CASE, allCases } from '../../src/case/patientCase.ts';

describe('describeCase', () => {
  it('says the default case in plain words', () => {
    expect(describeCase(DEFAULT_CASE, englishT)).toBe(
      'A planned procedure through the wrist, for a narrowing in the middle of the left anterior descending artery.',
    );
  });

  it('names the emergency procedure and its equipment', () => {
    expect(
      describeCase(
        {
          ...DEFAULT_CASE,
          access: 'femoral',
          artery: 'rca',
          segment: 'distal',
          variant: 'primary',
          balloonPump: true,
          pacemaker: true,
        },
        englishT,
      ),
    ).toBe(
      'An emergency procedure through the groin, for a blockage further along the right coronary artery, with a balloon pump and a temporary pacemaker.',
    );
  });

  it('gives every case its own sentence', () => {
    const sentences = allCases().map((k) => describeCase(k, englishT));
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
