import type { Artery } from './artery.ts';
import { type BalloonPose, balloonMaxRadius } from './balloon.ts';
import { type StentDesign, stentRadius } from './stent.ts';
import { BALLOON_TAPER_LENGTH } from './dimensions.ts';
import { clamp } from './vec3.ts';

/**
 * Keeps solid parts from passing through each other: the plaque is squashed at least as far
 * as whatever is being pushed through it. A pure function of the scene state, so it holds
 * when seeking as well as when playing.
 */
export interface DevicesInLesion {
  balloon: BalloonPose | null;
  stent: { design: StentDesign; start: number; expansion: number } | null;
}

/** Compression needed for a lumen `narrowed` untreated and `open` when opened to be `radius` wide. */
function compressionFor(narrowed: number, open: number, radius: number): number {
  if (radius <= narrowed || open <= narrowed) return 0;
  return clamp((radius - narrowed) / (open - narrowed), 0, 1);
}

/** Spacing of the checks along the plaque (mm): finer than any device's cone or strut ring. */
const STEP = 0.1;
const CONE_STEP = 0.02;

/** Offsets of the checks along a cone from its start, summed step by step as they always were. */
const CONE_OFFSETS = ((): Float64Array => {
  const offsets: number[] = [];
  for (let u = 0; u <= BALLOON_TAPER_LENGTH; u += CONE_STEP) offsets.push(u);
  return Float64Array.from(offsets);
})();

/** Check points and the lumen's radius there, untreated (narrowed) and fully opened (open). */
interface CheckPoints {
  readonly s: Float64Array;
  readonly narrowed: Float64Array;
  readonly open: Float64Array;
}

function createCheckPoints(count: number): CheckPoints {
  return {
    s: new Float64Array(count),
    narrowed: new Float64Array(count),
    open: new Float64Array(count),
  };
}

/** Looks up the lumen's radii at every point's s: they depend on the artery alone. */
function measureLumen(artery: Artery, points: CheckPoints): void {
  for (let k = 0; k < points.s.length; k++) {
    const s = points.s[k] ?? 0;
    points.narrowed[k] = artery.lumenRadius(s, 0);
    points.open[k] = artery.lumenRadius(s, 1);
  }
}

/** What one call was asked, so an unchanged frame can reuse its answer. */
interface FitInputs {
  timeline: number;
  hasBalloon: boolean;
  centre: number;
  length: number;
  diameter: number;
  inflation: number;
  stentDesign: StentDesign | null;
  stentStart: number;
  expansion: number;
  result: number;
}

/**
 * What an artery's checks keep from frame to frame: the lumen's radii along the plaque and at
 * the cones of the balloon last seen, the last answer, and scratch, so a frame allocates nothing.
 */
interface FitCache {
  readonly plaque: CheckPoints;
  readonly cones: CheckPoints;
  readonly stentEnds: CheckPoints;
  readonly conesFor: { centre: number; length: number };
  readonly last: FitInputs;
  readonly demand: Demand;
}

const caches = new WeakMap<Artery, FitCache>();

function createFitCache(artery: Artery): FitCache {
  const { plaqueStart, plaqueEnd } = artery;
  const samples = Math.ceil((plaqueEnd - plaqueStart) / STEP);
  const plaque = createCheckPoints(samples + 1);
  for (let k = 0; k <= samples; k++)
    plaque.s[k] = plaqueStart + ((plaqueEnd - plaqueStart) * k) / samples;
  measureLumen(artery, plaque);
  return {
    plaque,
    cones: createCheckPoints(2 * CONE_OFFSETS.length),
    stentEnds: createCheckPoints(2),
    conesFor: { centre: Number.NaN, length: Number.NaN },
    last: {
      timeline: Number.NaN,
      hasBalloon: false,
      centre: 0,
      length: 0,
      diameter: 0,
      inflation: 0,
      stentDesign: null,
      stentStart: 0,
      expansion: 0,
      result: 0,
    },
    demand: {
      plaqueStart: 0,
      plaqueEnd: 0,
      balloon: null,
      hasStent: false,
      stentStart: 0,
      stentEnd: 0,
      stentInner: 0,
    },
  };
}

function fitCacheFor(artery: Artery): FitCache {
  let cache = caches.get(artery);
  if (!cache) {
    cache = createFitCache(artery);
    caches.set(artery, cache);
  }
  return cache;
}

/** The cone check points of a balloon, remeasured only when it has moved. */
function conePoints(artery: Artery, cache: FitCache, balloon: BalloonPose): CheckPoints {
  const { cones, conesFor } = cache;
  if (conesFor.centre === balloon.centre && conesFor.length === balloon.length) return cones;
  const half = balloon.length / 2;
  const proximal = balloon.centre - half;
  const distal = balloon.centre + half - BALLOON_TAPER_LENGTH;
  const n = CONE_OFFSETS.length;
  for (let k = 0; k < n; k++) {
    const u = CONE_OFFSETS[k] ?? 0;
    cones.s[k] = proximal + u;
    cones.s[n + k] = distal + u;
  }
  measureLumen(artery, cones);
  conesFor.centre = balloon.centre;
  conesFor.length = balloon.length;
  return cones;
}

/** Whether this call asks exactly what the last one did (Object.is: -0 may pass straight through). */
function sameAsLast(last: FitInputs, timeline: number, devices: DevicesInLesion): boolean {
  const { balloon, stent } = devices;
  if (!Object.is(last.timeline, timeline) || last.hasBalloon !== (balloon !== null)) return false;
  if (last.stentDesign !== (stent ? stent.design : null)) return false;
  if (
    balloon &&
    (last.centre !== balloon.centre ||
      last.length !== balloon.length ||
      last.diameter !== balloon.nominalDiameter ||
      last.inflation !== balloon.inflation)
  )
    return false;
  return !stent || (last.stentStart === stent.start && last.expansion === stent.expansion);
}

function remember(last: FitInputs, timeline: number, devices: DevicesInLesion, c: number): void {
  const { balloon, stent } = devices;
  last.timeline = timeline;
  last.hasBalloon = balloon !== null;
  last.centre = balloon ? balloon.centre : 0;
  last.length = balloon ? balloon.length : 0;
  last.diameter = balloon ? balloon.nominalDiameter : 0;
  last.inflation = balloon ? balloon.inflation : 0;
  last.stentDesign = stent ? stent.design : null;
  last.stentStart = stent ? stent.start : 0;
  last.expansion = stent ? stent.expansion : 0;
  last.result = c;
}

/** The devices' demands for one call, worked out once rather than at every check. */
interface Demand {
  plaqueStart: number;
  plaqueEnd: number;
  balloon: BalloonPose | null;
  hasStent: boolean;
  stentStart: number;
  stentEnd: number;
  /** The stent's inner face must not stand proud of the lumen; its outer face may bed in. */
  stentInner: number;
}

function fillDemand(demand: Demand, artery: Artery, devices: DevicesInLesion): Demand {
  const { stent } = devices;
  demand.plaqueStart = artery.plaqueStart;
  demand.plaqueEnd = artery.plaqueEnd;
  demand.balloon = devices.balloon;
  demand.hasStent = stent !== null;
  demand.stentStart = stent ? stent.start : 0;
  demand.stentEnd = stent ? stent.start + stent.design.length : 0;
  demand.stentInner = stent
    ? stentRadius(stent.design, stent.expansion) - stent.design.strutThickness / 2
    : 0;
  return demand;
}

/**
 * The compression c, raised to whatever the balloon needs at each of the points. One loop
 * per device with no call but the balloon's radius: a call that is not inlined boxes its
 * numbers, which made garbage at every check. (Math.max does not care about order, so
 * checking device by device gives the same answer as point by point.)
 */
function balloonDemand(d: Demand, balloon: BalloonPose, points: CheckPoints, c: number): number {
  const { s, narrowed, open } = points;
  const { plaqueStart, plaqueEnd } = d;
  let most = c;
  for (let k = 0; k < s.length; k++) {
    const at = s[k] ?? 0;
    if (at < plaqueStart || at > plaqueEnd) continue;
    const radius = balloonMaxRadius(balloon, at);
    most = Math.max(most, compressionFor(narrowed[k] ?? 0, open[k] ?? 0, radius));
  }
  return most;
}

/** The compression c, raised to whatever the stent needs at each of the points it covers. */
function stentDemand(d: Demand, points: CheckPoints, c: number): number {
  const { s, narrowed, open } = points;
  const { plaqueStart, plaqueEnd, stentStart, stentEnd, stentInner } = d;
  let most = c;
  for (let k = 0; k < s.length; k++) {
    const at = s[k] ?? 0;
    if (at < plaqueStart || at > plaqueEnd) continue;
    if (at >= stentStart && at <= stentEnd)
      most = Math.max(most, compressionFor(narrowed[k] ?? 0, open[k] ?? 0, stentInner));
  }
  return most;
}

/** The stent's two ends as check points (its start, then its end). */
function stentEndPoints(artery: Artery, cache: FitCache, d: Demand): CheckPoints {
  const ends = cache.stentEnds;
  ends.s[0] = d.stentStart;
  ends.s[1] = d.stentEnd;
  measureLumen(artery, ends);
  return ends;
}

/**
 * The compression actually shown: the timeline's value, or more where a device demands it.
 * Called every frame (src/timeline/derived.ts), so the lumen's radii at the check points are
 * kept per artery and an unchanged frame gets the last answer: the same numbers as checking
 * afresh (tests/models/fit.test.ts), with no allocation.
 */
export function effectiveCompression(
  artery: Artery,
  timelineCompression: number,
  devices: DevicesInLesion,
): number {
  const cache = fitCacheFor(artery);
  if (sameAsLast(cache.last, timelineCompression, devices)) return cache.last.result;
  const d = fillDemand(cache.demand, artery, devices);
  const { balloon } = d;
  let c = clamp(timelineCompression, 0, 1);
  if (balloon) {
    c = balloonDemand(d, balloon, cache.plaque, c);
    // A balloon's cones change radius fastest: check them finely.
    c = balloonDemand(d, balloon, conePoints(artery, cache, balloon), c);
  }
  if (d.hasStent) {
    c = stentDemand(d, cache.plaque, c);
    if (balloon) c = stentDemand(d, cache.cones, c);
    // A stent's ends are where it bites hardest into a tapering plaque: check them exactly.
    c = stentDemand(d, stentEndPoints(artery, cache, d), c);
  }
  remember(cache.last, timelineCompression, devices, c);
  return c;
}
