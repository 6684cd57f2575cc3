import type { Artery } from '../../models/artery.ts';
import { effectiveCompression } from '../../models/fit.ts';
import { LANDMARK_PATTERN } from '../content/landmarkNames.ts';

/**
 * Named values the content refers to instead of numbers, so one script fits every case:
 * places along the artery (e.g. "lesion-12") and the sizes of the devices chosen for it
 * (e.g. "stentBalloonDiameter").
 */
export interface Landmarks {
  readonly entry: number;
  readonly lesion: number;
  readonly plaqueStart: number;
  readonly plaqueEnd: number;
  readonly end: number;
  /** The first balloon (pre-dilation) and the stent balloon, in mm. */
  readonly predilationDiameter: number;
  readonly predilationLength: number;
  readonly stentBalloonDiameter: number;
  readonly stentBalloonLength: number;
  /** How far the first balloon squashes the plaque, so the plaque stays as it left it. */
  readonly predilationCompression: number;
}

export function landmarksOf(artery: Artery): Landmarks {
  const { predilation, stentBalloon } = artery.vessel;
  return {
    entry: 0,
    lesion: artery.lesionCentre,
    plaqueStart: artery.plaqueStart,
    plaqueEnd: artery.plaqueEnd,
    end: artery.centreline.length,
    predilationDiameter: predilation.diameter,
    predilationLength: predilation.length,
    stentBalloonDiameter: stentBalloon.diameter,
    stentBalloonLength: stentBalloon.length,
    predilationCompression: effectiveCompression(artery, 0, {
      balloon: {
        centre: artery.lesionCentre,
        length: predilation.length,
        nominalDiameter: predilation.diameter,
        inflation: 1,
      },
      stent: null,
    }),
  };
}

/** Turns a content value (a number, or a landmark with an offset) into a number. */
export function resolvePosition(value: number | string, landmarks: Landmarks): number {
  if (typeof value === 'number') return value;
  const m = LANDMARK_PATTERN.exec(value);
  if (!m) throw new Error(`Not a position: "${value}"`);
  const name = m[1] as keyof Landmarks;
  return landmarks[name] + (m[2] ? Number(m[2]) : 0);
}
