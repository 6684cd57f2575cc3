import type { Caption, Procedure, Stage } from '../content/schema.ts';

/** When each stage and caption is on screen: pure lookups over the content. */
export interface StageSlot {
  readonly index: number;
  readonly stage: Stage;
  readonly start: number;
  readonly end: number;
}

export function stageSlots(procedure: Procedure): StageSlot[] {
  let start = 0;
  return procedure.stages.map((stage, index) => {
    const slot = { index, stage, start, end: start + stage.duration };
    start = slot.end;
    return slot;
  });
}

export function totalDuration(procedure: Procedure): number {
  return procedure.stages.reduce((sum, s) => sum + s.duration, 0);
}

/** Index of the stage showing at time t (the last stage at and after the end). */
export function stageIndexAt(slots: readonly StageSlot[], t: number): number {
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i];
    if (slot && t >= slot.start - 1e-9) return i;
  }
  return 0;
}

export interface CaptionAt {
  readonly stageIndex: number;
  readonly captionIndex: number;
  readonly caption: Caption;
}

export function captionAt(slots: readonly StageSlot[], t: number): CaptionAt {
  const stageIndex = stageIndexAt(slots, t);
  const slot = slots[stageIndex];
  if (!slot) throw new Error('The procedure has no stages');
  const local = t - slot.start;
  let captionIndex = 0;
  slot.stage.captions.forEach((c, i) => {
    if (local >= c.at - 1e-9) captionIndex = i;
  });
  const caption = slot.stage.captions[captionIndex];
  if (!caption) throw new Error(`Stage ${slot.stage.id} has no captions`);
  return { stageIndex, captionIndex, caption };
}
