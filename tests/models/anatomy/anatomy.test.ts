import { describe, expect, it } from 'vitest';
import { createArtery } from '../../../models/artery.ts';
import {
  AORTIC_ROOT,
  CORONARY_DIAMETER,
  coronaryArteries,
  GROOVE_DEPTH,
  grooveDepthAt,
  HEART_AXIS,
  HEART_CENTRE,
  HEART_LENGTH,
  heartMesh,
  heartTissues,
  heightAboveHeart,
  OSTIA,
  surfaceNormal,
} from '../../../models/anatomy/heart.ts';
import { FIGURE_HEIGHT, figureMesh } from '../../../models/anatomy/figure.ts';
import { add, cross, scale, sub } from '../../../models/anatomy/math3.ts';
import {
  applyDirection,
  applyPoint,
  framePoint,
  lesionSite,
  placeAnatomy,
  segmentRange,
} from '../../../models/anatomy/placement.ts';
import { accessRoute, FEMORAL_SKIN, RADIAL_SKIN } from '../../../models/anatomy/routes.ts';
import {
  BALLOON_PUMP,
  balloonPumpPath,
  PACING_WIRE_DIAMETER,
  pacingWirePath,
} from '../../../models/anatomy/devices.ts';
import {
  DEVICE_GLOW_RADIUS,
  deviceGlowMesh,
  starvedTerritory,
  starvedWeights,
} from '../../../models/anatomy/anatomyMeshes.ts';
import { AORTA } from '../../../models/anatomy/vessels.ts';
import {
  ACCESS_ROUTES,
  CORONARY_ARTERIES,
  DEFAULT_CASE,
  SEGMENTS,
} from '../../../src/case/patientCase.ts';
import { type Vec3, distance, length } from '../../../models/vec3.ts';

const extent = (positions: Float32Array, axis: number): number => {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = axis; i < positions.length; i += 3) {
    lo = Math.min(lo, positions[i] ?? 0);
    hi = Math.max(hi, positions[i] ?? 0);
  }
  return hi - lo;
};

describe('the figure and the heart', () => {
  it('is a person 1700 mm tall, as one closed surface', () => {
    const mesh = figureMesh();
    expect(extent(mesh.positions, 1)).toBeGreaterThan(FIGURE_HEIGHT - 40);
    expect(extent(mesh.positions, 1)).toBeLessThan(FIGURE_HEIGHT + 20);
    expect(mesh.indices.length / 3).toBeLessThan(40_000);
  });

  it('has a heart about 120 mm long with outward-facing triangles', () => {
    const mesh = heartMesh();
    // The ventricles and atria, base to apex, without the stumps of the great vessels.
    const { muscle, atrium } = heartTissues();
    let lo = Infinity;
    let hi = -Infinity;
    for (let v = 0; v < muscle.length; v++) {
      if ((muscle[v] ?? 0) + (atrium[v] ?? 0) < 0.5) continue;
      const d = sub(
        [
          mesh.positions[v * 3] ?? 0,
          mesh.positions[v * 3 + 1] ?? 0,
          mesh.positions[v * 3 + 2] ?? 0,
        ],
        HEART_CENTRE,
      );
      const u = d[0] * HEART_AXIS[0] + d[1] * HEART_AXIS[1] + d[2] * HEART_AXIS[2];
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
    }
    expect(hi - lo).toBeGreaterThan(HEART_LENGTH - 15);
    expect(hi - lo).toBeLessThan(HEART_LENGTH + 25);
    expect(mesh.indices.length / 3).toBeLessThan(25_000);
    // Each triangle's winding agrees with its vertices' outward normals.
    let agree = 0;
    const p = mesh.positions;
    const n = mesh.normals;
    const tris = mesh.indices.length / 3;
    for (let t = 0; t < tris; t++) {
      const [a, b, c] = [0, 1, 2].map((k) => (mesh.indices[t * 3 + k] ?? 0) * 3) as [
        number,
        number,
        number,
      ];
      const e1: Vec3 = [
        (p[b] ?? 0) - (p[a] ?? 0),
        (p[b + 1] ?? 0) - (p[a + 1] ?? 0),
        (p[b + 2] ?? 0) - (p[a + 2] ?? 0),
      ];
      const e2: Vec3 = [
        (p[c] ?? 0) - (p[a] ?? 0),
        (p[c + 1] ?? 0) - (p[a + 1] ?? 0),
        (p[c + 2] ?? 0) - (p[a + 2] ?? 0),
      ];
      const fn: Vec3 = [
        e1[1] * e2[2] - e1[2] * e2[1],
        e1[2] * e2[0] - e1[0] * e2[2],
        e1[0] * e2[1] - e1[1] * e2[0],
      ];
      if (fn[0] * (n[a] ?? 0) + fn[1] * (n[a + 1] ?? 0) + fn[2] * (n[a + 2] ?? 0) > 0) agree++;
    }
    expect(agree / tris).toBeGreaterThan(0.98);
  });

  it('draws the coronary arteries at true lumen size, tapering, on the heart surface', () => {
    const c = coronaryArteries();
    expect(c.leftMain.radius(0) * 2).toBeCloseTo(4.5, 5);
    expect(c.lad.radius(0) * 2).toBeCloseTo(3.7, 5);
    expect(c.lad.radius(c.lad.path.length) * 2).toBeCloseTo(1.9, 5);
    expect(c.rca.radius(0) * 2).toBeGreaterThanOrEqual(2.8);
    expect(c.rca.radius(0) * 2).toBeLessThanOrEqual(3.9);
    expect(CORONARY_DIAMETER.lcx[0]).toBeGreaterThan(CORONARY_DIAMETER.lcx[1]);
    // The left main is short (about 10-15 mm); LAD and circumflex start where it ends.
    expect(c.leftMain.path.length).toBeLessThan(20);
    const lmEnd = c.leftMain.path.pointAt(c.leftMain.path.length);
    expect(distance(c.lad.path.pointAt(0), lmEnd)).toBeLessThan(1);
    expect(distance(c.lcx.path.pointAt(0), lmEnd)).toBeLessThan(1);
    expect(distance(c.leftMain.path.pointAt(0), OSTIA.left)).toBeLessThan(0.01);
    expect(distance(c.rca.path.pointAt(0), OSTIA.right)).toBeLessThan(0.01);
    for (const name of CORONARY_ARTERIES) {
      const a = c[name];
      // Beyond their first few mm, the arteries lie on the muscle, not inside it.
      for (let s = 15; s < a.path.length; s += 5) {
        const h = heightAboveHeart(a.path.pointAt(s));
        expect(h).toBeGreaterThan(-0.5);
        expect(h).toBeLessThan(4);
      }
      expect(a.path.length).toBeGreaterThan(70);
    }
  });
});

describe('the heart as a textbook picture', () => {
  it('lays each coronary artery in a shallow groove', () => {
    for (const name of CORONARY_ARTERIES) {
      const path = coronaryArteries()[name].path;
      const p = path.pointAt(path.length / 2);
      expect(grooveDepthAt(p)).toBeGreaterThan(GROOVE_DEPTH * 0.9);
      // 10 mm to the side (across the artery, along the surface) the muscle is smooth.
      const side = cross(path.tangentAt(path.length / 2), surfaceNormal(p));
      expect(grooveDepthAt(add(p, scale(side, 10)))).toBe(0);
    }
  });

  it('tells its muscle from its great vessels, blending where they meet', () => {
    const t = heartTissues();
    const mesh = heartMesh();
    const n = mesh.positions.length / 3;
    const count = { aorta: 0, pulmonary: 0, vein: 0, muscle: 0, atrium: 0 };
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (const k of Object.keys(count) as (keyof typeof count)[]) {
        const w = t[k][v] ?? 0;
        sum += w;
        if (w > 0.5) count[k]++;
      }
      expect(sum).toBeCloseTo(1, 5);
    }
    // Every part is there, the ventricles the largest.
    for (const k of Object.keys(count) as (keyof typeof count)[])
      expect(count[k]).toBeGreaterThan(n * 0.02);
    expect(count.muscle).toBeGreaterThan(count.aorta + count.pulmonary + count.vein);
    // The aorta rises from the aortic root, above the ventricles.
    let aortaY = 0;
    let aortaN = 0;
    for (let v = 0; v < n; v++)
      if ((t.aorta[v] ?? 0) > 0.5) {
        aortaY += mesh.positions[v * 3 + 1] ?? 0;
        aortaN++;
      }
    expect(aortaY / aortaN).toBeGreaterThan(AORTIC_ROOT[1]);
  });

  it('shades the starved muscle beyond a blockage with a soft edge', () => {
    const kase = { ...DEFAULT_CASE, variant: 'primary' as const, artery: 'lad' as const };
    const w = starvedWeights(kase);
    const full = w.filter((x) => x > 0.99).length;
    const edge = w.filter((x) => x > 0.01 && x < 0.99).length;
    expect(full).toBeGreaterThan(50);
    expect(edge).toBeGreaterThan(20);
    // Far from the artery beyond the narrowing (near the aortic root), nothing is starved.
    const mesh = heartMesh();
    for (let v = 0; v < w.length; v++) {
      const p: Vec3 = [
        mesh.positions[v * 3] ?? 0,
        mesh.positions[v * 3 + 1] ?? 0,
        mesh.positions[v * 3 + 2] ?? 0,
      ];
      if (distance(p, AORTIC_ROOT) < 20) expect(w[v]).toBe(0);
    }
    const tris = starvedTerritory(kase, w);
    expect(tris.length % 3).toBe(0);
    expect(tris.length).toBeGreaterThan(0);
  });
});

describe('the access routes', () => {
  for (const access of ACCESS_ROUTES)
    for (const artery of CORONARY_ARTERIES)
      it(`runs continuously from the ${access} entry to the ${artery} opening`, () => {
        const { path, skin, ostium } = accessRoute(access, artery);
        expect(path.pointAt(0)).toEqual(skin);
        expect(skin).toEqual(access === 'radial' ? RADIAL_SKIN : FEMORAL_SKIN);
        const end = path.pointAt(path.length);
        expect(distance(end, OSTIA[artery === 'rca' ? 'right' : 'left'])).toBeLessThan(0.01);
        expect(ostium).toBe(artery === 'rca' ? 'right' : 'left');
        for (let i = 1; i < path.points.length; i++)
          expect(distance(path.points[i] as Vec3, path.points[i - 1] as Vec3)).toBeLessThan(12);
        // About 0.7-0.9 m from the wrist or the groin to the heart.
        expect(path.length).toBeGreaterThan(600);
        expect(path.length).toBeLessThan(1100);
      });

  it('passes through the aortic arch on both routes', () => {
    const arch = AORTA.points[3] as Vec3;
    for (const access of ACCESS_ROUTES) {
      const { path } = accessRoute(access, 'lad');
      const nearest = Math.min(...path.points.map((p) => distance(p, arch)));
      expect(nearest).toBeLessThan(12);
    }
  });
});

describe('the lesion and the placement', () => {
  for (const artery of CORONARY_ARTERIES)
    for (const segment of SEGMENTS)
      it(`puts a ${segment} ${artery} narrowing inside that segment and on the close-up's`, () => {
        const site = lesionSite(artery, segment);
        const [s0, s1] = segmentRange(artery, segment);
        expect(site.s).toBeGreaterThan(s0);
        expect(site.s).toBeLessThan(s1);
        const c = coronaryArteries()[artery];
        expect(distance(site.point, c.path.pointAt(site.s))).toBeLessThan(1e-9);

        const closeUp = createArtery();
        const placement = placeAnatomy({ ...DEFAULT_CASE, artery, segment }, closeUp);
        const mapped = applyPoint(placement.matrix, site.point);
        const target: Vec3 = [0, 0, 0];
        closeUp.centreline.pointAt(closeUp.lesionCentre, target);
        expect(distance(mapped, target)).toBeLessThan(1e-6);
        const tangent: Vec3 = [0, 0, 0];
        closeUp.centreline.tangentAt(closeUp.lesionCentre, tangent);
        const t = applyDirection(placement.matrix, site.tangent);
        expect(t[0] * tangent[0] + t[1] * tangent[1] + t[2] * tangent[2]).toBeCloseTo(1, 6);
        // The heart's outward normal faces the viewer (+z): the cutaway looks away from it.
        const n = applyDirection(placement.matrix, site.normal);
        expect(n[2]).toBeCloseTo(1, 6);
        // Rigid: no stretching.
        expect(length(applyDirection(placement.matrix, [0.3, -0.5, 0.8]))).toBeCloseTo(
          length([0.3, -0.5, 0.8]),
          9,
        );
        // The heart lies behind the close-up (z < 0).
        expect(framePoint(placement, 'heart', [0, 0, 0])[2]).toBeLessThan(-10);
      });
});

describe('the emergency equipment', () => {
  it('puts the balloon pump in the descending aorta, in from the groin', () => {
    const pump = balloonPumpPath();
    expect(pump.activeTo - pump.activeFrom).toBe(220);
    const top = pump.path.pointAt(pump.activeTo);
    expect(top[2]).toBeLessThan(-30); // behind the heart, along the spine
    expect(top[1]).toBeLessThan(1395); // below the arch
    expect(pump.path.pointAt(0)[1]).toBeLessThan(850); // from the groin
  });

  it('gives the pump and the wire a halo wide enough to read at body scale', () => {
    const glow = deviceGlowMesh(true, true);
    const wireOnly = deviceGlowMesh(false, true);
    expect(glow.indices.length).toBeGreaterThan(wireOnly.indices.length);
    // About 1 px per mm at body scale: a halo several mm round the 1.7 mm wire.
    expect(DEVICE_GLOW_RADIUS.wire).toBeGreaterThan(PACING_WIRE_DIAMETER);
    expect(DEVICE_GLOW_RADIUS.balloon).toBeGreaterThan(BALLOON_PUMP.diameter / 2);
  });

  it('runs the pacing wire from the neck into the heart', () => {
    const wire = pacingWirePath();
    expect(wire.path.pointAt(0)[1]).toBeGreaterThan(1480);
    expect(heightAboveHeart(wire.path.pointAt(wire.path.length))).toBeLessThan(0);
  });
});
