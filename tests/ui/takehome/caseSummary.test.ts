import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE } from '../../../src/case/patientCase.ts';
import { caseSummary } from '../../../src/ui/takehome/caseSummary.ts';
import { englishT } from '../../i18n/english.ts';

describe('the handout case summary', () => {
  it('names each part in plain words, then the clinical term, from the pack', () => {
    const lines = caseSummary(
      {
        ...DEFAULT_CASE,
        access: 'femoral',
        artery: 'rca',
        segment: 'proximal',
        variant: 'primary',
        balloonPump: true,
        pacemaker: true,
      },
      englishT,
    );
    expect(lines).toEqual([
      {
        label: 'Where the tube goes in',
        value: 'At the top of the leg, the groin (femoral artery)',
      },
      {
        label: 'The artery treated',
        value: 'Right coronary artery (RCA), round the right side of the heart, near the start',
      },
      { label: 'Procedure', value: 'Emergency, for a heart attack (primary angioplasty)' },
      {
        label: 'Extra help',
        value:
          'a balloon pump to help the heart pump; a temporary pacemaker wire to keep the rhythm steady',
      },
    ]);
  });

  it('leaves out the extra help when there is none', () => {
    const labels = caseSummary({ ...DEFAULT_CASE, balloonPump: false, pacemaker: false }, englishT);
    expect(labels.map((l) => l.label)).toEqual([
      'Where the tube goes in',
      'The artery treated',
      'Procedure',
    ]);
  });
});
