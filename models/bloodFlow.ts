import { RED_CELL_DIAMETER } from './dimensions.ts';
import { clamp } from './vec3.ts';

/**
 * Blood as drifting red cells whose speed shows the narrowing.
 *
 * Blood does not pile up, so the same volume passes every cross-section each second: where
 * the channel is narrow the cells must move faster. Each cell is fixed to a "volume
 * coordinate" (how much channel volume lies upstream of it) which advances with the flow
 * phase; mapping volume back to arc length makes cells speed up and string out in the
 * narrowing, and crowd together where it is wide. Cells are a pure function of the flow
 * phase and the channel's shape: seeking to a time gives the same picture as playing to it.
 */

/**
 * Seconds for a cell to cross the healthy artery segment at full flow. Real coronary blood
 * moves about 20 times faster (some 20 cm a second); it is slowed so that a patient can follow it (calm motion).
 */
export const HEALTHY_TRANSIT_SECONDS = 7;

export interface FlowField {
  /** Recomputes the channel's volume table; call when the channel's shape changes. */
  update(channelRadius: (s: number) => number, obstacleRadius: (s: number) => number): void;
  /** Arc length at a fraction (0..1) of the channel's volume. */
  arcAtVolumeFraction(f: number): number;
  /** Open channel radius and obstacle radius at s, as last updated. */
  channelAt(s: number): number;
  obstacleAt(s: number): number;
  /** Total channel volume relative to a healthy artery of the same length (1 = healthy). */
  readonly relativeVolume: number;
}

export function createFlowField(
  s0: number,
  s1: number,
  samples = 256,
  healthyRadius = 1.5,
): FlowField {
  const arc = new Float64Array(samples);
  const vol = new Float64Array(samples);
  const channel = new Float64Array(samples);
  const obstacle = new Float64Array(samples);
  const ds = (s1 - s0) / (samples - 1);
  for (let k = 0; k < samples; k++) arc[k] = s0 + k * ds;
  let relativeVolume = 1;

  const sampleAt = (table: Float64Array, s: number): number => {
    const x = clamp((s - s0) / ds, 0, samples - 1);
    const i = Math.min(Math.floor(x), samples - 2);
    const t = x - i;
    return (table[i] ?? 0) * (1 - t) + (table[i + 1] ?? 0) * t;
  };

  return {
    update(channelRadius, obstacleRadius) {
      let total = 0;
      for (let k = 0; k < samples; k++) {
        const s = arc[k] ?? 0;
        const r = channelRadius(s);
        const o = Math.min(obstacleRadius(s), r);
        channel[k] = r;
        obstacle[k] = o;
        // Area open to flow: the channel minus whatever device is inside it.
        const area = Math.PI * (r * r - o * o);
        if (k > 0) total += area * ds;
        vol[k] = total;
      }
      relativeVolume = total / (Math.PI * healthyRadius * healthyRadius * (s1 - s0));
    },
    arcAtVolumeFraction(f) {
      const last = vol[samples - 1] ?? 0;
      if (last <= 0) return s0 + (s1 - s0) * f;
      const target = clamp(f, 0, 1) * last;
      let lo = 0;
      let hi = samples - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if ((vol[mid] ?? 0) <= target) lo = mid;
        else hi = mid;
      }
      const v0 = vol[lo] ?? 0;
      const v1 = vol[hi] ?? v0;
      const t = v1 > v0 ? (target - v0) / (v1 - v0) : 0;
      return (arc[lo] ?? 0) + t * ds;
    },
    channelAt: (s) => sampleAt(channel, s),
    obstacleAt: (s) => sampleAt(obstacle, s),
    get relativeVolume() {
      return relativeVolume;
    },
  };
}

/** Fixed, seeded properties of one cell. */
export interface CellSeed {
  /** Where in the volume the cell sits at phase 0 (0..1). */
  readonly volumeOffset: number;
  /** Where across the channel, from the obstacle (0) to the wall (1). */
  readonly radialFraction: number;
  /** Angle around the artery; cells keep to the back half, behind the cutaway. */
  readonly theta: number;
  /** Tumbling: spin rate (turns per flow length) and axis angles. */
  readonly spin: number;
  readonly axisA: number;
  readonly axisB: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run shows the same cells. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createCellSeeds(count: number, seed = 7): CellSeed[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    // Stratified along the volume so cells never clump by chance.
    volumeOffset: (i + rnd()) / count,
    radialFraction: Math.sqrt(rnd()),
    theta: Math.PI * (1.12 + 0.76 * rnd()),
    spin: 0.4 + rnd() * 1.2,
    axisA: rnd() * Math.PI * 2,
    axisB: rnd() * Math.PI,
  }));
}

export interface CellPlacement {
  s: number;
  /** Distance from the artery's axis (mm). */
  rho: number;
  theta: number;
  /** Size as a fraction of a free cell: red cells squeeze to pass through tight gaps. */
  scale: number;
  /** False when the gap is too small even for a squeezed cell (a balloon filling the channel). */
  visible: boolean;
}

const CELL_RADIUS = RED_CELL_DIAMETER / 2;
/** Red cells are soft: they fold to pass gaps down to this fraction of their width. */
export const MIN_SQUEEZE = 0.4;

/**
 * Where a cell is at a given flow phase (phase 1 = the channel's whole volume has passed).
 * The phase is not rescaled by the channel's volume, so a change of shape nudges cells
 * locally rather than making them all jump.
 */
export function placeCell(
  field: FlowField,
  cell: CellSeed,
  phase: number,
  out: CellPlacement,
): CellPlacement {
  const f = (((cell.volumeOffset + phase) % 1) + 1) % 1;
  const s = field.arcAtVolumeFraction(f);
  const obstacle = field.obstacleAt(s);
  const gap = field.channelAt(s) - obstacle;
  const scale = Math.min(1, gap / RED_CELL_DIAMETER);
  out.s = s;
  out.theta = cell.theta;
  out.visible = scale >= MIN_SQUEEZE;
  out.scale = out.visible ? scale : 0;
  const r = CELL_RADIUS * out.scale;
  out.rho = out.visible ? obstacle + r + (gap - 2 * r) * cell.radialFraction : 0;
  return out;
}

/** Every cell's placement, one entry per cell: filled in one call a frame, allocating nothing. */
export interface CellPlacements {
  readonly s: Float64Array;
  readonly rho: Float64Array;
  readonly theta: Float64Array;
  readonly scale: Float64Array;
  /** 1 where the cell is visible, 0 where it is not. */
  readonly visible: Uint8Array;
}

export function createCellPlacements(count: number): CellPlacements {
  return {
    s: new Float64Array(count),
    rho: new Float64Array(count),
    theta: new Float64Array(count),
    scale: new Float64Array(count),
    visible: new Uint8Array(count),
  };
}

/**
 * placeCell for each of `cells` (at most as many as `out` holds), written into `out`: the
 * same steps in one loop with no call per cell, since a call that is not inlined boxes its
 * numbers (garbage every frame).
 */
export function placeCells(
  field: FlowField,
  cells: readonly CellSeed[],
  phase: number,
  out: CellPlacements,
): void {
  const count = Math.min(cells.length, out.s.length);
  for (let i = 0; i < count; i++) {
    const cell = cells[i];
    if (!cell) continue;
    const f = (((cell.volumeOffset + phase) % 1) + 1) % 1;
    const s = field.arcAtVolumeFraction(f);
    const obstacle = field.obstacleAt(s);
    const gap = field.channelAt(s) - obstacle;
    const fit = Math.min(1, gap / RED_CELL_DIAMETER);
    const visible = fit >= MIN_SQUEEZE;
    const scale = visible ? fit : 0;
    const r = CELL_RADIUS * scale;
    out.s[i] = s;
    out.theta[i] = cell.theta;
    out.visible[i] = visible ? 1 : 0;
    out.scale[i] = scale;
    out.rho[i] = visible ? obstacle + r + (gap - 2 * r) * cell.radialFraction : 0;
  }
}
