import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE, type PatientCase } from '../../src/case/patientCase.ts';
import { procedure, procedureFor } from '../../src/content/index.ts';
import { carryPosition } from '../../src/timeline/carryPosition.ts';
import { type StageSlot, stageSlots } from '../../src/timeline/schedule.ts';

const order = procedure.stages.map((s) => s.id);
const slotsFor = (kase: PatientCase): StageSlot[] => stageSlots(procedureFor(kase));
const planned = slotsFor(DEFAULT_CASE);
const emergency = slotsFor({ ...DEFAULT_CASE, variant: 'primary' });
const slot = (slots: StageSlot[], id: string): StageSlot => {
  const found = slots.find((s) => s.stage.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
};

describe('carryPosition', () => {
  it('keeps the same stage and the same time into it', () => {
    const from = slot(planned, 'balloon-inflation');
    const to = slot(emergency, 'balloon-inflation');
    expect(to.start).not.toBe(from.start); // the emergency case has an extra stage before it
    expect(carryPosition(planned, from.start + 7.5, emergency, order)).toBeCloseTo(to.start + 7.5);
  });

  it('goes to the next stage the new case has when its stage is not in it', () => {
    const extra = slot(emergency, 'extra-equipment');
    const next = slot(planned, 'catheter-entry');
    expect(carryPosition(emergency, extra.start + 3, planned, order)).toBe(next.start);
  });

  it('stays at the end at the end', () => {
    const end = planned[planned.length - 1];
    if (!end) throw new Error('no stages');
    const t = carryPosition(planned, end.end, emergency, order);
    expect(t).toBeGreaterThanOrEqual(slot(emergency, 'afterwards').start);
  });

  it('keeps a time inside the stage when the new stage is shorter', () => {
    const from = slot(planned, 'guidewire');
    const shorter: StageSlot[] = planned.map((s) =>
      s.stage.id === 'guidewire'
        ? { ...s, stage: { ...s.stage, duration: 2 }, end: s.start + 2 }
        : s,
    );
    const t = carryPosition(planned, from.start + 10, shorter, order);
    expect(t).toBeLessThan(from.start + 2);
    expect(t).toBeGreaterThanOrEqual(from.start);
  });
});
