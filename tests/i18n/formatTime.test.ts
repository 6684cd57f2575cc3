import { describe, expect, it } from 'vitest';
import { formatClock, formatSpoken } from '../../src/i18n/formatTime.ts';
import { englishT } from './english.ts';

describe('formatClock', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(5)).toBe('0:05');
    expect(formatClock(59)).toBe('0:59');
    expect(formatClock(60)).toBe('1:00');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(190)).toBe('3:10');
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(3599)).toBe('59:59');
    expect(formatClock(3600)).toBe('60:00');
  });

  it('rounds down to whole seconds, so the clock never runs ahead', () => {
    expect(formatClock(0.999)).toBe('0:00');
    expect(formatClock(59.99)).toBe('0:59');
    expect(formatClock(65.5)).toBe('1:05');
  });

  it('never shows a negative time', () => {
    expect(formatClock(-0.4)).toBe('0:00');
    expect(formatClock(-65)).toBe('0:00');
  });
});

describe('formatSpoken', () => {
  it('says seconds alone under a minute, with the right plural', () => {
    expect(formatSpoken(0, englishT)).toBe('0 seconds');
    expect(formatSpoken(1, englishT)).toBe('1 second');
    expect(formatSpoken(2, englishT)).toBe('2 seconds');
    expect(formatSpoken(59.9, englishT)).toBe('59 seconds');
  });

  it('says minutes, and the seconds only when there are some', () => {
    expect(formatSpoken(60, englishT)).toBe('1 minute');
    expect(formatSpoken(61, englishT)).toBe('1 minute 1 second');
    expect(formatSpoken(65, englishT)).toBe('1 minute 5 seconds');
    expect(formatSpoken(120, englishT)).toBe('2 minutes');
    expect(formatSpoken(125.7, englishT)).toBe('2 minutes 5 seconds');
    expect(formatSpoken(190, englishT)).toBe('3 minutes 10 seconds');
  });

  it('never says a negative time', () => {
    expect(formatSpoken(-3, englishT)).toBe('0 seconds');
  });

  it('agrees with the clock', () => {
    for (let t = 0; t < 400; t += 7.3) {
      const [m, s] = formatClock(t).split(':').map(Number);
      const spoken = formatSpoken(t, englishT);
      if ((m ?? 0) > 0) expect(spoken).toMatch(new RegExp(`^${m} minutes?`));
      if ((s ?? 0) > 0 || m === 0) expect(spoken).toMatch(new RegExp(`${s} seconds?$`));
    }
  });
});
