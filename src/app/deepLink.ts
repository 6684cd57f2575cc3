import type { StageSlot } from '../timeline/schedule.ts';

/**
 * Reads where to open from the page address: `?stage=<id>` opens paused at that stage's
 * start, `?t=<seconds>` at a time, `?autoplay=1` starts playing. Anything unknown or
 * malformed is ignored (the explainer opens at the start); nothing from the address is
 * ever written into the page.
 */
export interface StartPoint {
  time: number;
  autoplay: boolean;
}

const MAX_PARAM_LENGTH = 64;

function param(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value !== null && value.length <= MAX_PARAM_LENGTH ? value : null;
}

export function parseStartPoint(
  search: string,
  slots: readonly StageSlot[],
  duration: number,
): StartPoint {
  const params = new URLSearchParams(search);
  let time = 0;
  const stage = param(params, 'stage');
  const slot = stage === null ? undefined : slots.find((s) => s.stage.id === stage);
  if (slot) {
    time = slot.start;
  } else {
    const t = param(params, 't');
    // Plain decimal seconds only: no exponents, hex, "Infinity" or negative numbers.
    if (t !== null && /^\d{1,5}(\.\d{1,3})?$/.test(t)) {
      const seconds = Number(t);
      if (seconds <= duration) time = seconds;
    }
  }
  const autoplay = param(params, 'autoplay');
  return { time, autoplay: autoplay === '1' || autoplay === 'true' };
}
