import { describe, expect, it } from 'vitest';
import { ARTERY_PATH } from '../../models/artery.ts';
import { type Centreline, createCentreline } from '../../models/centreline.ts';
import { arcLengths, locateArc, sampleSpline } from '../../models/spline.ts';
import { type Vec3, clamp, distance, lerp, normalize, set, vec3 } from '../../models/vec3.ts';
import { vesselFor } from '../../models/vessel.ts';
import { CORONARY_ARTERIES, SEGMENTS } from '../../src/case/patientCase.ts';

const line = createCentreline(ARTERY_PATH);
const at = (s: number): Vec3 => line.pointAt(s, vec3());
const tangent = (s: number): Vec3 => line.tangentAt(s, vec3());
const normal = (s: number): Vec3 => line.normalAt(s, vec3());
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Arc lengths along the whole line, ends included. */
const along = Array.from({ length: 201 }, (_, i) => (line.length * i) / 200);

describe('centreline', () => {
  it('runs through its first and last control points, a little longer than their chord', () => {
    const first = ARTERY_PATH[0] ?? [0, 0];
    const last = ARTERY_PATH.at(-1) ?? [0, 0];
    expect(distance(at(0), [first[0], first[1], 0])).toBeLessThan(1e-9);
    expect(distance(at(line.length), [last[0], last[1], 0])).toBeLessThan(1e-9);
    const chord = Math.hypot(last[0] - first[0], last[1] - first[1]);
    expect(line.length).toBeGreaterThan(chord);
    expect(line.length).toBeLessThan(chord * 1.02);
  });

  it('passes through every control point', () => {
    const fine = Array.from({ length: 4001 }, (_, i) => (line.length * i) / 4000);
    for (const [x, y] of ARTERY_PATH) {
      const nearest = Math.min(...fine.map((s) => distance(at(s), [x, y, 0])));
      expect(nearest, `${x}, ${y}`).toBeLessThan(0.01);
    }
  });

  it('is parameterised by arc length: points ds apart along it are ds apart in space', () => {
    for (const ds of [0.05, 0.5, 1]) {
      for (const s of along) {
        if (s + ds > line.length) continue;
        // A chord is never longer than its arc, and on this gentle curve barely shorter.
        const d = distance(at(s), at(s + ds));
        expect(d).toBeLessThanOrEqual(ds + 1e-9);
        expect(d).toBeGreaterThan(ds * 0.999);
      }
    }
  });

  it('has a unit tangent along the line, pointing the way s increases', () => {
    for (const s of along) {
      const t = tangent(s);
      expect(Math.hypot(...t)).toBeCloseTo(1, 9);
      expect(t[2]).toBe(0);
      if (s + 0.1 <= line.length) {
        const a = at(s);
        const b = at(s + 0.1);
        const step: Vec3 = [(b[0] - a[0]) / 0.1, (b[1] - a[1]) / 0.1, 0];
        expect(dot(t, step)).toBeGreaterThan(0.99);
      }
    }
  });

  it('has a unit normal in the z = 0 plane, perpendicular to the tangent (tangent turned left)', () => {
    for (const s of along) {
      const t = tangent(s);
      const n = normal(s);
      expect(Math.hypot(...n)).toBeCloseTo(1, 9);
      expect(n[2]).toBe(0);
      expect(dot(t, n)).toBeCloseTo(0, 9);
      // Cross product T x N is +z: the binormal faces the viewer.
      expect(t[0] * n[1] - t[1] * n[0]).toBeCloseTo(1, 9);
    }
  });

  it('lies in the z = 0 plane', () => {
    for (const s of along) expect(at(s)[2]).toBe(0);
  });

  it('continues straight on beyond both ends', () => {
    const t0 = tangent(0);
    const t1 = tangent(line.length);
    const p0 = at(0);
    const p1 = at(line.length);
    for (const d of [0.5, 10, 90]) {
      const before = at(-d);
      const after = at(line.length + d);
      expect(distance(before, [p0[0] - t0[0] * d, p0[1] - t0[1] * d, 0])).toBeLessThan(1e-9);
      expect(distance(after, [p1[0] + t1[0] * d, p1[1] + t1[1] * d, 0])).toBeLessThan(1e-9);
      expect(distance(before, p0)).toBeCloseTo(d, 9);
      expect(distance(after, p1)).toBeCloseTo(d, 9);
      expect(tangent(-d)).toEqual(t0);
      expect(tangent(line.length + d)).toEqual(t1);
    }
  });

  it('makes a straight line from two points, exactly', () => {
    const straight = createCentreline([
      [0, 0],
      [3, 4],
    ]);
    expect(straight.length).toBeCloseTo(5, 9);
    for (const s of [-2, 0, 1.25, 2.5, 5, 7]) {
      const p = straight.pointAt(s, vec3());
      expect(p[0]).toBeCloseTo(0.6 * s, 9);
      expect(p[1]).toBeCloseTo(0.8 * s, 9);
      const n = straight.normalAt(s, vec3());
      expect(n[0]).toBeCloseTo(-0.8, 9);
      expect(n[1]).toBeCloseTo(0.6, 9);
    }
  });

  it('refuses fewer than two points', () => {
    expect(() => createCentreline([[1, 1]])).toThrow(/at least two points/);
    expect(() => createCentreline([])).toThrow(/at least two points/);
  });
});

type Path = readonly (readonly [number, number])[];

/** The centreline as it was before its tangents were tabled: the reference, kept verbatim. */
function referenceCentreline(
  controlPoints: Path,
  samplesPerSpan = 64,
): Omit<Centreline, 'framesAt'> {
  const pts = sampleSpline(
    controlPoints.map(([x, y]): Vec3 => [x, y, 0]),
    samplesPerSpan,
  );
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const arc = arcLengths(pts);
  const n = xs.length;
  const total = arc[n - 1] ?? 0;
  const locate = (s: number): number => locateArc(arc, s);
  const tangentAt = (s: number, out: Vec3): Vec3 => {
    const i = locate(clamp(s, 0, total));
    const j = Math.min(i + 1, n - 1);
    const i0 = j === i ? i - 1 : i;
    return normalize(set(out, (xs[j] ?? 0) - (xs[i0] ?? 0), (ys[j] ?? 0) - (ys[i0] ?? 0), 0));
  };
  return {
    length: total,
    pointAt(s, out) {
      if (s < 0 || s > total) {
        const end = s < 0 ? 0 : total;
        tangentAt(end, out);
        const tx = out[0];
        const ty = out[1];
        const i = s < 0 ? 0 : n - 1;
        const d = s - end;
        return set(out, (xs[i] ?? 0) + tx * d, (ys[i] ?? 0) + ty * d, 0);
      }
      const i = locate(s);
      const j = Math.min(i + 1, n - 1);
      const a0 = arc[i] ?? 0;
      const a1 = arc[j] ?? a0;
      const t = a1 > a0 ? (s - a0) / (a1 - a0) : 0;
      return set(out, lerp(xs[i] ?? 0, xs[j] ?? 0, t), lerp(ys[i] ?? 0, ys[j] ?? 0, t), 0);
    },
    tangentAt,
    normalAt(s, out) {
      tangentAt(s, out);
      return set(out, -out[1], out[0], 0);
    },
  };
}

const everyPath: Path[] = [
  ...CORONARY_ARTERIES.flatMap((a) => SEGMENTS.map((s) => vesselFor(a, s).path)),
  [
    [0, 0],
    [3, 4],
  ],
];

/** Arc lengths from before the start to past the end, the ends themselves, and awkward values. */
function arcsToTry(length: number): number[] {
  const spread = Array.from({ length: 997 }, (_, i) => -7 + ((length + 14) * i) / 996);
  return [...spread, 0, -0, length, length + 1e-12, -1e-12, Number.NaN];
}

describe('centreline, per frame', () => {
  it('gives bit-identical points, tangents and normals to the direct computation', () => {
    for (const path of everyPath) {
      const line = createCentreline(path);
      const ref = referenceCentreline(path);
      expect(line.length).toBe(ref.length);
      for (const s of arcsToTry(line.length)) {
        expect(line.pointAt(s, vec3()), `s = ${s}`).toEqual(ref.pointAt(s, vec3()));
        expect(line.tangentAt(s, vec3()), `s = ${s}`).toEqual(ref.tangentAt(s, vec3()));
        expect(line.normalAt(s, vec3()), `s = ${s}`).toEqual(ref.normalAt(s, vec3()));
      }
    }
  });

  it('writes in framesAt exactly the x and y of pointAt and normalAt, for the first count only', () => {
    for (const path of everyPath) {
      const line = createCentreline(path);
      const ref = referenceCentreline(path);
      const s = Float64Array.from(arcsToTry(line.length));
      const count = s.length - 3;
      const points = new Float64Array(2 * s.length).fill(99);
      const normals = new Float64Array(2 * s.length).fill(99);
      line.framesAt(s, count, points, normals);
      for (let k = 0; k < count; k++) {
        const p = ref.pointAt(s[k] ?? 0, vec3());
        const n = ref.normalAt(s[k] ?? 0, vec3());
        expect([points[2 * k], points[2 * k + 1]], `s = ${s[k]}`).toEqual([p[0], p[1]]);
        expect([normals[2 * k], normals[2 * k + 1]], `s = ${s[k]}`).toEqual([n[0], n[1]]);
      }
      expect(points.subarray(2 * count).every((v) => v === 99)).toBe(true);
      expect(normals.subarray(2 * count).every((v) => v === 99)).toBe(true);
    }
  });
});
