import { describe, expect, it } from 'vitest';
import { GUIDEWIRE_TIP_BEND, GUIDEWIRE_TIP_LENGTH, guidewireBend } from '../../models/guidewire.ts';

const bendAt = (s: number, wireTip: number): [number, number] => {
  const out: [number, number] = [Number.NaN, Number.NaN];
  guidewireBend(s, wireTip, out);
  return out;
};

describe('the guidewire tip curve', () => {
  const tip = 40;

  it('leaves the wire straight before its curved tip', () => {
    expect(bendAt(0, tip)).toEqual([0, 0]);
    expect(bendAt(tip - GUIDEWIRE_TIP_LENGTH, tip)).toEqual([0, 0]);
  });

  it('bends the very tip by the full amount, sideways only', () => {
    const [x, y] = bendAt(tip, tip);
    expect(x).toBeCloseTo(GUIDEWIRE_TIP_BEND, 12);
    expect(y).toBe(0);
  });

  it('curves gently: a quarter of the bend half-way along the tip, growing all the way', () => {
    expect(bendAt(tip - GUIDEWIRE_TIP_LENGTH / 2, tip)[0]).toBeCloseTo(GUIDEWIRE_TIP_BEND / 4, 12);
    let last = -1;
    for (let s = tip - GUIDEWIRE_TIP_LENGTH; s <= tip; s += 0.1) {
      const [x] = bendAt(s, tip);
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
  });

  it('moves with the tip', () => {
    expect(bendAt(10, 10)[0]).toBeCloseTo(bendAt(70, 70)[0], 12);
  });
});
