import type { Artery } from '../../models/artery.ts';

/** Named places along the artery that content positions refer to, e.g. "lesion-12". */
export interface Landmarks {
  readonly entry: number;
  readonly lesion: number;
  readonly plaqueStart: number;
  readonly plaqueEnd: number;
  readonly end: number;
}

export function landmarksOf(artery: Artery): Landmarks {
  return {
    entry: 0,
    lesion: artery.lesionCentre,
    plaqueStart: artery.plaqueStart,
    plaqueEnd: artery.plaqueEnd,
    end: artery.centreline.length,
  };
}

/** Turns a content value (a number, or a landmark with an offset) into a number. */
export function resolvePosition(value: number | string, landmarks: Landmarks): number {
  if (typeof value === 'number') return value;
  const m = /^(entry|lesion|plaqueStart|plaqueEnd|end)([+-]\d+(?:\.\d+)?)?$/.exec(value);
  if (!m) throw new Error(`Not a position: "${value}"`);
  const name = m[1] as keyof Landmarks;
  return landmarks[name] + (m[2] ? Number(m[2]) : 0);
}
