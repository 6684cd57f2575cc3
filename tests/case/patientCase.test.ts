import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CASE,
  allCases,
  normaliseCase,
  parseCase,
  sameCase,
  writeCase,
} from '../../src/case/patientCase.ts';

describe('parseCase', () => {
  it('opens the usual UK case when the address says nothing: planned, wrist, mid LAD', () => {
    expect(parseCase('')).toEqual({
      access: 'radial',
      artery: 'lad',
      segment: 'mid',
      variant: 'planned',
      balloonPump: false,
      pacemaker: false,
    });
  });

  it('reads a case from the address', () => {
    expect(
      parseCase('?access=femoral&artery=rca&segment=distal&variant=primary&pump=1&pacing=1'),
    ).toEqual({
      access: 'femoral',
      artery: 'rca',
      segment: 'distal',
      variant: 'primary',
      balloonPump: true,
      pacemaker: true,
    });
  });

  it('uses the default for any value outside its list, field by field', () => {
    const hostile = [
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      'RADIAL',
      ' radial',
      'NaN',
      '1e309',
      'x'.repeat(10_000),
      '__proto__',
      'constructor',
      'toString',
    ];
    for (const value of hostile) {
      const v = encodeURIComponent(value);
      const kase = parseCase(`?access=${v}&artery=${v}&segment=${v}&variant=${v}&pump=${v}`);
      expect(kase, value).toEqual(DEFAULT_CASE);
    }
    expect(parseCase('?artery=lcx&segment=nowhere')).toEqual({ ...DEFAULT_CASE, artery: 'lcx' });
  });

  it('keeps a balloon pump or pacemaker only for the emergency procedure', () => {
    expect(parseCase('?pump=1&pacing=1')).toEqual(DEFAULT_CASE);
    expect(parseCase('?variant=primary&pump=1').balloonPump).toBe(true);
  });

  it('does not let prototype keys through a message-like object', () => {
    const payload = JSON.parse('{"__proto__":{"polluted":true},"artery":"rca"}') as object;
    const kase = normaliseCase(payload);
    expect(kase.artery).toBe('rca');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(kase).sort()).toEqual(Object.keys(DEFAULT_CASE).sort());
  });
});

describe('writeCase', () => {
  it('round-trips every allowed case through the address, leaving other parameters alone', () => {
    for (const kase of allCases()) {
      const params = writeCase(kase, new URLSearchParams('mode=clinician&pump=1'));
      expect(params.get('mode')).toBe('clinician');
      expect(sameCase(parseCase(`?${params.toString()}`), kase)).toBe(true);
    }
  });
});

describe('allCases', () => {
  it('lists every combination once: 2 routes x 3 arteries x 3 segments, planned or emergency with its equipment', () => {
    const cases = allCases();
    expect(cases).toHaveLength(2 * 3 * 3 * (1 + 4));
    expect(new Set(cases.map((c) => JSON.stringify(c))).size).toBe(cases.length);
  });
});
