import { describe, expect, it } from 'vitest';
import { parseStartPoint } from '../../src/app/deepLink.ts';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import { stageSlots, totalDuration } from '../../src/timeline/schedule.ts';

/** The content for the default case (planned, wrist, mid LAD). */
const procedure = procedureFor(DEFAULT_CASE);

const slots = stageSlots(procedure);
const duration = totalDuration(procedure);
const parse = (search: string) => parseStartPoint(search, slots, duration);

describe('parseStartPoint', () => {
  it('opens at the start, paused, with no address parameters', () => {
    expect(parse('')).toEqual({ time: 0, autoplay: false });
    expect(parse('?')).toEqual({ time: 0, autoplay: false });
  });

  it('opens at the start of every real stage named by ?stage=', () => {
    for (const slot of slots) {
      expect(parse(`?stage=${slot.stage.id}`), slot.stage.id).toEqual({
        time: slot.start,
        autoplay: false,
      });
      // With or without the leading "?", and alongside other parameters.
      expect(parse(`stage=${slot.stage.id}&utm_source=leaflet`).time).toBe(slot.start);
    }
  });

  it('opens at a time given in plain seconds by ?t=', () => {
    expect(parse('?t=12.5').time).toBe(12.5);
    expect(parse('?t=0').time).toBe(0);
    expect(parse('?t=90').time).toBe(90);
    expect(parse('?t=7.125').time).toBe(7.125);
    expect(parse(`?t=${duration}`).time).toBe(duration);
  });

  it('prefers a real stage to a time, and falls back to the time for an unknown stage', () => {
    const slot = slots[3];
    if (!slot) throw new Error('expected four stages');
    expect(parse(`?stage=${slot.stage.id}&t=12.5`).time).toBe(slot.start);
    expect(parse('?stage=no-such-stage&t=12.5').time).toBe(12.5);
  });

  const hostile = [
    'no-such-stage',
    'Angiogram',
    ' angiogram',
    'angiogram ',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '../../etc/passwd',
    '%00',
    'x'.repeat(100_000),
  ];

  it('ignores unknown or hostile stage names, opening at 0 without throwing', () => {
    for (const value of hostile) {
      const label = value.slice(0, 40);
      expect(() => parse(`?stage=${encodeURIComponent(value)}`), label).not.toThrow();
      expect(parse(`?stage=${encodeURIComponent(value)}`), label).toEqual({
        time: 0,
        autoplay: false,
      });
    }
  });

  it('ignores times that are not plain seconds within the explainer, opening at 0', () => {
    const bad = [
      '1e9',
      '1e1',
      'NaN',
      'Infinity',
      '-Infinity',
      '-5',
      '-0',
      '+5',
      '0x10',
      '0b11',
      '0o7',
      '1_000',
      ' 5',
      '5 ',
      '5s',
      '1:30',
      '12,5',
      '.5',
      '5.',
      '1.2345',
      '',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '__proto__',
      String(duration + 0.001),
      String(Math.ceil(duration) + 1),
      '99999',
      '9'.repeat(1000),
      `1${'0'.repeat(70)}`,
    ];
    for (const value of bad) {
      const label = value.slice(0, 40);
      expect(() => parse(`?t=${encodeURIComponent(value)}`), label).not.toThrow();
      expect(parse(`?t=${encodeURIComponent(value)}`).time, label).toBe(0);
    }
  });

  it('ignores an over-long parameter even when it would otherwise be valid', () => {
    const padded = `?t=${'0'.repeat(70)}`;
    expect(parse(padded).time).toBe(0);
    expect(parse(`?autoplay=1&x=${'y'.repeat(1000)}`).autoplay).toBe(true);
  });

  it('takes the first of repeated parameters', () => {
    const first = slots[1];
    const second = slots[2];
    if (!first || !second) throw new Error('expected three stages');
    expect(parse(`?stage=${first.stage.id}&stage=${second.stage.id}`).time).toBe(first.start);
  });

  it('autoplays only for autoplay=1 or autoplay=true', () => {
    expect(parse('?autoplay=1').autoplay).toBe(true);
    expect(parse('?autoplay=true').autoplay).toBe(true);
    expect(parse(`?stage=${slots[2]?.stage.id ?? ''}&autoplay=1`)).toEqual({
      time: slots[2]?.start,
      autoplay: true,
    });
    for (const value of ['', '0', 'false', 'TRUE', 'yes', 'on', '2', ' 1', '1 ', 'javascript:1']) {
      expect(parse(`?autoplay=${encodeURIComponent(value)}`).autoplay, value).toBe(false);
    }
    expect(parse('?autoplay').autoplay).toBe(false);
  });
});
