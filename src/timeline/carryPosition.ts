import type { StageSlot } from './schedule.ts';

/**
 * Where to be in a new case's timeline after the case changes: the same stage and the same
 * time into it when the new case has that stage; otherwise the start of the next stage it
 * does have (in the content's order); otherwise the start of its last stage.
 *
 * @param order every stage id in content order, across all cases
 */
export function carryPosition(
  from: readonly StageSlot[],
  time: number,
  to: readonly StageSlot[],
  order: readonly string[],
): number {
  const current = from.find((s) => time >= s.start - 1e-9 && time < s.end) ?? from[from.length - 1];
  const last = to[to.length - 1];
  if (!current || !last) return 0;
  const same = to.find((s) => s.stage.id === current.stage.id);
  if (same) {
    const into = time - current.start;
    return same.start + Math.min(Math.max(into, 0), same.stage.duration - 0.05);
  }
  const rank = (id: string): number => order.indexOf(id);
  const next = to.find((s) => rank(s.stage.id) > rank(current.stage.id));
  return next ? next.start : last.start;
}
