import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';

/** The content for the default case (planned, wrist, mid LAD). */
const procedure = procedureFor(DEFAULT_CASE);
import type { Procedure } from '../../src/content/schema.ts';
import { captionAt, stageIndexAt, stageSlots, totalDuration } from '../../src/timeline/schedule.ts';

const slots = stageSlots(procedure);
const duration = totalDuration(procedure);

describe('stage slots', () => {
  it('gives every stage a slot, in order, each as long as its stage', () => {
    expect(slots.map((s) => s.stage.id)).toEqual(procedure.stages.map((s) => s.id));
    for (const [i, slot] of slots.entries()) {
      expect(slot.index).toBe(i);
      expect(slot.stage).toBe(procedure.stages[i]);
      expect(slot.end - slot.start).toBeCloseTo(slot.stage.duration, 12);
    }
  });

  it('lays the slots end to end from 0 to the total duration, with no gaps or overlaps', () => {
    expect(slots[0]?.start).toBe(0);
    for (let i = 1; i < slots.length; i++) expect(slots[i]?.start).toBe(slots[i - 1]?.end);
    expect(slots.at(-1)?.end).toBeCloseTo(duration, 12);
    expect(duration).toBeCloseTo(
      procedure.stages.reduce((sum, s) => sum + s.duration, 0),
      12,
    );
  });

  it('handles a one-stage procedure', () => {
    const one: Procedure = { ...procedure, stages: procedure.stages.slice(0, 1) };
    const s = stageSlots(one);
    expect(s).toHaveLength(1);
    expect(s[0]?.start).toBe(0);
    expect(totalDuration(one)).toBe(procedure.stages[0]?.duration);
  });
});

describe('stageIndexAt', () => {
  it('changes stage exactly at each boundary', () => {
    for (const [i, slot] of slots.entries()) {
      expect(stageIndexAt(slots, slot.start)).toBe(i);
      expect(stageIndexAt(slots, slot.start + 0.001)).toBe(i);
      expect(stageIndexAt(slots, slot.end - 0.001)).toBe(i);
      if (i > 0) expect(stageIndexAt(slots, slot.start - 0.001)).toBe(i - 1);
    }
  });

  it('treats times a hair before a boundary (rounding) as on it', () => {
    const second = slots[1];
    if (!second) throw new Error('expected two stages');
    expect(stageIndexAt(slots, second.start - 1e-12)).toBe(1);
  });

  it('gives the first stage before the start and the last at and after the end', () => {
    expect(stageIndexAt(slots, -5)).toBe(0);
    expect(stageIndexAt(slots, 0)).toBe(0);
    expect(stageIndexAt(slots, duration)).toBe(slots.length - 1);
    expect(stageIndexAt(slots, duration + 100)).toBe(slots.length - 1);
    expect(stageIndexAt([], 3)).toBe(0);
  });
});

describe('captionAt', () => {
  it('shows each caption from its time until the next one', () => {
    for (const [i, slot] of slots.entries()) {
      const captions = slot.stage.captions;
      for (const [j, caption] of captions.entries()) {
        const from = slot.start + caption.at;
        const until = slot.start + (captions[j + 1]?.at ?? slot.stage.duration);
        for (const t of [from, from + 0.01, (from + until) / 2, until - 0.01]) {
          const c = captionAt(slots, t);
          expect(c.stageIndex, `t = ${t}`).toBe(i);
          expect(c.captionIndex, `t = ${t}`).toBe(j);
          expect(c.caption).toBe(caption);
        }
      }
    }
  });

  it('opens each stage with its first caption, and keeps the last caption at the end', () => {
    for (const [i, slot] of slots.entries()) {
      expect(captionAt(slots, slot.start)).toMatchObject({ stageIndex: i, captionIndex: 0 });
    }
    const last = slots.at(-1);
    const end = captionAt(slots, duration + 10);
    expect(end.stageIndex).toBe(slots.length - 1);
    expect(end.captionIndex).toBe((last?.stage.captions.length ?? 0) - 1);
    expect(captionAt(slots, -1)).toMatchObject({ stageIndex: 0, captionIndex: 0 });
  });

  it('refuses an empty procedure', () => {
    expect(() => captionAt([], 0)).toThrow(/no stages/);
  });
});
