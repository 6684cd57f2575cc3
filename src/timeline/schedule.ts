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

/**
 * When the camera starts to leave a stage's view: it moves to the next stage's shot during
 * the end of this stage (the next stage's `shotTransition`), so the next stage opens on its
 * own view.
 */
function viewEnd(slots: readonly StageSlot[], index: number): number {
  const slot = slots[index];
  if (!slot) throw new Error(`No stage ${index}`);
  const next = slots[index + 1];
  return next ? Math.max(slot.start, next.start - next.stage.shotTransition) : slot.end;
}

/**
 * The moment that best pictures a caption: the end of its time on screen, when what it
 * describes has happened, but before the camera leaves for the next stage (a hair before
 * either, so the caption is still the one showing). Used for still pictures, the stills for
 * devices without 3D, the handout and the review document.
 */
export function captionPictureTime(
  slots: readonly StageSlot[],
  stageIndex: number,
  captionIndex: number,
): number {
  const slot = slots[stageIndex];
  const caption = slot?.stage.captions[captionIndex];
  if (!slot || !caption) throw new Error(`No caption ${captionIndex} in stage ${stageIndex}`);
  const next = slot.stage.captions[captionIndex + 1];
  const end = next ? slot.start + next.at : slot.end;
  const picture = Math.min(end, viewEnd(slots, stageIndex)) - 0.05;
  // A caption that starts as the camera leaves is pictured at its own end.
  return picture > slot.start + caption.at ? picture : end - 0.05;
}

/** A stage's most telling moment: the picture of its last caption. */
export function stagePictureTime(slots: readonly StageSlot[], stageIndex: number): number {
  const slot = slots[stageIndex];
  if (!slot) throw new Error(`No stage ${stageIndex}`);
  return captionPictureTime(slots, stageIndex, slot.stage.captions.length - 1);
}
