import type { CoronaryArtery, Segment } from './case.ts';
import {
  PLAQUE_SQUASHED_THICKNESS,
  STENOSIS_DIAMETER_FRACTION,
  WALL_THICKNESS,
} from './dimensions.ts';

/**
 * The close-up artery for one patient's case: how wide the healthy channel is, how long
 * the plaque is, how the artery curves, and the balloons and stent a cardiologist would
 * choose for it. Plain numbers, each resting on a clinical fact
 * (src/content/clinical-facts.json), so a reviewer can check them.
 */
export interface Vessel {
  readonly artery: CoronaryArtery;
  readonly segment: Segment;
  /** Healthy lumen diameter (mm) (facts: lumen-diameter, vessel-sizes). */
  readonly lumenDiameter: number;
  /** Wall thickness, intima to adventitia (mm) (fact: wall-thickness). */
  readonly wallThickness: number;
  /** Fraction of the diameter the untreated plaque blocks (fact: stenosis-severity). */
  readonly stenosis: number;
  /** Plaque length, tip to tip (mm) (fact: lesion-length). */
  readonly plaqueLength: number;
  /** How thick the squashed plaque stays behind the stent (mm) (fact: plaque-remodelling). */
  readonly plaqueSquashedThickness: number;
  /** Centreline control points (x, y in mm) in the z = 0 plane: the cutaway depends on that. */
  readonly path: readonly (readonly [number, number])[];
  /** Stent: diameter and length (mm) (facts: stent-size, device-sizing). */
  readonly stentDiameter: number;
  readonly stentLength: number;
  /** The first balloon (pre-dilation) and the balloon the stent is crimped on (mm). */
  readonly predilation: { readonly diameter: number; readonly length: number };
  readonly stentBalloon: { readonly diameter: number; readonly length: number };
}

/** Stent makers' range: 2.25-5.0 mm across (fact: stent-size). */
export const STENT_DIAMETER_RANGE = [2.25, 5.0] as const;
/**
 * The diameters stents are made in, within that range (fact: stent-catalogue-sizes): the
 * usual steps 2.25-4.0 mm and the 3.25, 4.5 and 5.0 mm some ranges add. Not every 0.25 mm:
 * there is no 3.75 mm stent.
 */
export const STENT_DIAMETERS = [2.25, 2.5, 2.75, 3.0, 3.25, 3.5, 4.0, 4.5, 5.0] as const;
/** One maker's stent lengths, 8 to 48 mm (facts: stent-size, device-sizing). */
const STENT_LENGTHS = [8, 12, 15, 18, 23, 28, 33, 38, 48] as const;
/** Common balloon lengths (mm) (fact: device-sizing). */
const BALLOON_LENGTHS = [8, 12, 15, 20, 30] as const;
/** The stent reaches at least this far past each end of the plaque (mm) (fact: lesion-length). */
const STENT_MARGIN = 1;
/** The first balloon is this much narrower than the artery (fact: predilation-balloon). */
const PREDILATION_UNDERSIZE = 0.5;
/** The stent balloon is a little longer than its stent, so the stent's ends open fully. */
const STENT_BALLOON_OVERHANG = 2;

/**
 * Healthy lumen diameters (mm), rounded ("about"), for a right-dominant heart, the commonest
 * pattern (facts: lumen-diameter, vessel-sizes).
 */
const LUMEN: Record<CoronaryArtery, Record<Segment, number>> = {
  // Proximal 3.7 and mid 3.0 (Dodge 1992). Dodge's distal LAD, 1.9 +/- 0.4 mm, is at its far
  // end; the narrowing is shown where it is still about 2.25 mm, the smallest stent.
  lad: { proximal: 3.7, mid: 3.0, distal: 2.25 },
  // Proximal 3.4 (Dodge 1992, right-dominant), tapering along the artery (Can J Cardiol 2002).
  lcx: { proximal: 3.4, mid: 3.0, distal: 2.5 },
  // Proximal 3.9 (Dodge 1992, right-dominant), mid 3.4 (Vieweg 1976); the RCA tapers little.
  rca: { proximal: 3.9, mid: 3.4, distal: 3.0 },
};

/** Plaque length (mm): shorter in the smaller, shorter distal segments (fact: lesion-length). */
const PLAQUE_LENGTH: Record<Segment, number> = { proximal: 16, mid: 16, distal: 12 };

/**
 * Centreline shapes, all gentle curves about 68 mm long. The LAD runs fairly straight down
 * its groove; the circumflex bends the other way round the heart's side; the RCA, running in
 * the groove round the heart's right edge, is more curved (fact: vessel-shape).
 */
const PATHS: Record<CoronaryArtery, readonly (readonly [number, number])[]> = {
  lad: [
    [-34, -1.8],
    [-18, 0.6],
    [0, 0],
    [18, -1.4],
    [34, 0.4],
  ],
  lcx: [
    [-34, 1.6],
    [-18, -0.9],
    [0, 0],
    [18, 1.5],
    [34, -0.5],
  ],
  rca: [
    [-34, -4.2],
    [-18, 1.4],
    [0, 0],
    [18, -3.2],
    [34, 1.8],
  ],
};

/**
 * The stent diameter matched to the artery: the nearest size made that is not smaller than
 * the healthy artery, so the stent is drawn pressed against the wall (an undersized stent
 * would stand off it). The largest size for an artery wider than every stent.
 */
export function stentDiameterFor(lumenDiameter: number): number {
  const largest = STENT_DIAMETERS[STENT_DIAMETERS.length - 1] ?? STENT_DIAMETER_RANGE[1];
  return STENT_DIAMETERS.find((d) => d >= lumenDiameter - 1e-9) ?? largest;
}

/** The shortest stent that covers the plaque with a margin at each end. */
export function stentLengthFor(plaqueLength: number): number {
  const needed = plaqueLength + 2 * STENT_MARGIN;
  return STENT_LENGTHS.find((l) => l >= needed) ?? Math.max(...STENT_LENGTHS);
}

/** The longest common balloon that is shorter than the stent: it opens the plaque's middle. */
function predilationLengthFor(stentLength: number): number {
  return [...BALLOON_LENGTHS].reverse().find((l) => l < stentLength) ?? BALLOON_LENGTHS[0];
}

export function vesselFor(artery: CoronaryArtery, segment: Segment): Vessel {
  const lumenDiameter = LUMEN[artery][segment];
  const plaqueLength = PLAQUE_LENGTH[segment];
  const stentDiameter = stentDiameterFor(lumenDiameter);
  const stentLength = stentLengthFor(plaqueLength);
  return {
    artery,
    segment,
    lumenDiameter,
    wallThickness: WALL_THICKNESS,
    stenosis: STENOSIS_DIAMETER_FRACTION,
    plaqueLength,
    plaqueSquashedThickness: PLAQUE_SQUASHED_THICKNESS,
    path: PATHS[artery],
    stentDiameter,
    stentLength,
    predilation: {
      diameter: stentDiameter - PREDILATION_UNDERSIZE,
      length: predilationLengthFor(stentLength),
    },
    stentBalloon: { diameter: stentDiameter, length: stentLength + STENT_BALLOON_OVERHANG },
  };
}

/** The picture everyone saw before cases existed: a narrowed mid LAD. */
export const DEFAULT_VESSEL: Vessel = vesselFor('lad', 'mid');
