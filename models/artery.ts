import { createCentreline, type Centreline } from './centreline.ts';
import { type StentDesign, stentDesignFor } from './stent.ts';
import { clamp, lerp, smoothstep } from './vec3.ts';
import { DEFAULT_VESSEL, type Vessel } from './vessel.ts';

/**
 * The close-up artery segment: a gently curving coronary artery with one fatty plaque.
 * Everything is a pure function of arc length s (mm) and of how far the plaque has been
 * squashed (0 = untreated, 1 = fully opened by the stent). Outside the plaque
 * (s <= plaqueStart or s >= plaqueEnd) no radius depends on the compression: the scene
 * rewrites only the plaque's stretch of the wall as it is squashed (models/arteryShells.ts).
 */
export interface Artery {
  /** The case's artery and segment: its sizes and the devices chosen for it. */
  readonly vessel: Vessel;
  /** Healthy lumen radius (mm). */
  readonly lumenRadiusHealthy: number;
  /** The stent chosen for this artery. */
  readonly stent: StentDesign;
  readonly centreline: Centreline;
  /** Arc length of the narrowest point. */
  readonly lesionCentre: number;
  /** Arc lengths where the plaque starts and ends. */
  readonly plaqueStart: number;
  readonly plaqueEnd: number;
  /** Plaque shape along the artery: 0 outside it, 1 at its thickest. */
  plaqueProfile(s: number): number;
  /** Radius of the open channel (lumen) that blood can flow through. */
  lumenRadius(s: number, compression: number): number;
  /** Radius of the wall's inner surface; the artery stretches a little where plaque is squashed. */
  wallInnerRadius(s: number, compression: number): number;
  /** Radius of the wall's outer surface. */
  wallOuterRadius(s: number, compression: number): number;
}

/** Control points of the default (mid LAD) centreline in mm: a gentle S over the heart. */
export const ARTERY_PATH: readonly (readonly [number, number])[] = DEFAULT_VESSEL.path;

/** Length of the plaque's full-thickness core; the rest of PLAQUE_LENGTH is its tapering ends. */
const PLAQUE_CORE = 5;

export function createArtery(vessel: Vessel = DEFAULT_VESSEL): Artery {
  const centreline = createCentreline(vessel.path);
  const healthy = vessel.lumenDiameter / 2;
  const throat = healthy * (1 - vessel.stenosis);
  const lesionCentre = centreline.length / 2 + 2;
  const half = vessel.plaqueLength / 2;
  const core = PLAQUE_CORE / 2;
  const plaqueStart = lesionCentre - half;
  const plaqueEnd = lesionCentre + half;

  const plaqueProfile = (s: number): number => {
    const d = Math.abs(s - lesionCentre);
    return 1 - smoothstep(core, half, d);
  };

  // Untreated: the lumen narrows from the healthy radius to the throat. Fully treated: it is
  // back to the healthy radius, and the squashed plaque sits between the stent and the wall.
  const lumenRadius = (s: number, compression: number): number => {
    const narrowed = healthy - (healthy - throat) * plaqueProfile(s);
    return lerp(narrowed, healthy, clamp(compression, 0, 1));
  };
  const wallInnerRadius = (s: number, compression: number): number =>
    healthy + vessel.plaqueSquashedThickness * plaqueProfile(s) * clamp(compression, 0, 1);
  const wallOuterRadius = (s: number, compression: number): number =>
    wallInnerRadius(s, compression) + vessel.wallThickness;

  return {
    vessel,
    lumenRadiusHealthy: healthy,
    stent: stentDesignFor(vessel.stentDiameter, vessel.stentLength),
    centreline,
    lesionCentre,
    plaqueStart,
    plaqueEnd,
    plaqueProfile,
    lumenRadius,
    wallInnerRadius,
    wallOuterRadius,
  };
}

/**
 * How open the artery is at its narrowest point, as a fraction of the healthy lumen diameter
 * (1 = fully open). Used for the captions' figures and for the before/after comparison.
 */
export function percentDiameterOpen(artery: Artery, compression: number): number {
  return artery.lumenRadius(artery.lesionCentre, compression) / artery.lumenRadiusHealthy;
}
