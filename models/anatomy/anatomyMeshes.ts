import type { PatientCase } from '../case.ts';
import { GUIDE_CATHETER_OUTER_DIAMETER } from '../dimensions.ts';
import { type Vec3, distance } from '../vec3.ts';
import { add, orthogonalTo, scale, sub, unit } from './math3.ts';
import { mergeMeshes, type MeshData } from './mesh.ts';
import { figureSdf, RIGHT } from './figure.ts';
import { coronaryArteries, heartMesh } from './heart.ts';
import { createPath3, type Path3, tubeMesh } from './path3.ts';
import { lesionSite } from './placement.ts';
import { accessRoute, type AccessRoutePath } from './routes.ts';
import { casePath } from './casePath.ts';
import { gradient } from './sdf.ts';
import { ALL_VESSELS, AORTA, ARCH_TOP_INDEX, type VesselWay } from './vessels.ts';
import {
  BALLOON_PUMP,
  balloonPumpPath,
  PACING_WIRE_DIAMETER,
  pacingWirePath,
  VEIN_POINTS,
  VEIN_RADIUS,
} from './devices.ts';

/**
 * Every mesh of the body-scale picture, as plain arrays (the scene turns each into one
 * BufferGeometry, so each is one draw call). Pure, in anatomy coordinates.
 */

/** A UV sphere (for the aortic root, the catheter tip, marker beads). */
export function sphereMesh(centre: Vec3, radius: number, segments = 16): MeshData {
  const rings = segments / 2;
  const pos: number[] = [];
  const nor: number[] = [];
  for (let i = 0; i <= rings; i++) {
    const v = (Math.PI * i) / rings;
    for (let j = 0; j <= segments; j++) {
      const u = (2 * Math.PI * j) / segments;
      const n: Vec3 = [Math.sin(v) * Math.cos(u), Math.cos(v), Math.sin(v) * Math.sin(u)];
      pos.push(centre[0] + n[0] * radius, centre[1] + n[1] * radius, centre[2] + n[2] * radius);
      nor.push(...n);
    }
  }
  const idx: number[] = [];
  const w = segments + 1;
  for (let i = 0; i < rings; i++)
    for (let j = 0; j < segments; j++) {
      const a = i * w + j;
      idx.push(a, a + 1, a + w, a + 1, a + w + 1, a + w);
    }
  return {
    positions: new Float32Array(pos),
    normals: new Float32Array(nor),
    indices: new Uint32Array(idx),
  };
}

/** Radius along a vessel path built through its waypoints (linear between waypoints). */
function vesselRadius(way: VesselWay, path: Path3, perSpan: number): (s: number) => number {
  return (s) => {
    let i = 0;
    while (i < path.arc.length - 1 && (path.arc[i + 1] ?? 0) < s) i++;
    const span = i / perSpan;
    const k = Math.min(Math.floor(span), way.radii.length - 2);
    const f = span - k;
    const a = way.radii[k] ?? 1;
    const b = way.radii[k + 1] ?? a;
    return a + (b - a) * Math.min(Math.max(f, 0), 1);
  };
}

const PER_SPAN = 10;

function vesselPath(way: VesselWay): Path3 {
  return createPath3(way.points, PER_SPAN);
}

/** Where the aorta's arch ends and its descending part begins (index in AORTA.points). */
const ARCH_END = 5;

/**
 * The aortic arch over the heart: part of the heart picture, shown at every scale (the
 * heart mesh has the ascending aorta up to here; this carries it over the top).
 */
export function archMesh(): MeshData {
  const arch: VesselWay = {
    name: 'arch',
    points: AORTA.points.slice(1, ARCH_END + 1),
    radii: AORTA.radii.slice(1, ARCH_END + 1),
  };
  const path = vesselPath(arch);
  const end = arch.points[arch.points.length - 1] ?? [0, 0, 0];
  // A rounded end where the descending aorta (faded at heart scale) carries on.
  return mergeMeshes([
    tubeMesh(path, vesselRadius(arch, path, PER_SPAN), 16, 3),
    sphereMesh(end, (arch.radii[arch.radii.length - 1] ?? 12) - 0.2, 16),
  ]);
}

/**
 * The body's main arteries away from the heart (descending aorta, arms, neck, legs): the
 * route map at body scale, faded out at heart scale where they would only clutter it.
 */
export function vesselsMesh(): MeshData {
  const descending: VesselWay = {
    name: 'descending aorta',
    points: AORTA.points.slice(ARCH_END - 1),
    radii: AORTA.radii.slice(ARCH_END - 1),
  };
  const ways = [descending, ...ALL_VESSELS.filter((w) => w !== AORTA)];
  return mergeMeshes(
    ways.map((way) => {
      const path = vesselPath(way);
      return tubeMesh(path, vesselRadius(way, path, PER_SPAN), 14, 3);
    }),
  );
}

/**
 * Left main, LAD, circumflex and right coronary artery, at true lumen size; `widen` (mm)
 * makes the slightly larger copy drawn behind them as a soft outline.
 */
export function coronaryMesh(widen = 0): MeshData {
  const c = coronaryArteries();
  return mergeMeshes(
    Object.values(c).map((a) => tubeMesh(a.path, (s) => a.radius(s) + widen, 10, 0.8)),
  );
}

/**
 * The heart muscle downstream of the blockage (emergency variant): for each vertex of
 * heartMesh(), how starved it is (0..1), full near the artery beyond the narrowing and
 * fading smoothly over `soft` mm at the edge, so the territory has a soft outline.
 */
export function starvedWeights(kase: PatientCase, reach = 24, soft = 10): Float32Array {
  const heart = heartMesh();
  const site = lesionSite(kase.artery, kase.segment);
  const artery = coronaryArteries()[kase.artery];
  const downstream = artery.path.points.filter((_, i) => (artery.path.arc[i] ?? 0) >= site.s);
  const p = heart.positions;
  const out = new Float32Array(p.length / 3);
  for (let v = 0; v < out.length; v++) {
    const q: Vec3 = [p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0];
    let nearest = Infinity;
    for (const d of downstream) nearest = Math.min(nearest, distance(d, q));
    const f = Math.min(Math.max((reach - nearest) / soft, 0), 1);
    out[v] = f * f * (3 - 2 * f);
  }
  return out;
}

/** The heart mesh's triangles that touch the starved territory (indices into heartMesh()). */
export function starvedTerritory(kase: PatientCase, weights = starvedWeights(kase)): Uint32Array {
  const out: number[] = [];
  const idx = heartMesh().indices;
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t] ?? 0;
    const b = idx[t + 1] ?? 0;
    const c = idx[t + 2] ?? 0;
    if ((weights[a] ?? 0) + (weights[b] ?? 0) + (weights[c] ?? 0) > 0) out.push(a, b, c);
  }
  return new Uint32Array(out);
}

/** Highlight radius of the chosen route at body scale (a glow, not the vessel's size). */
const ROUTE_GLOW_RADIUS = 6;
/** The guide catheter at body scale: the close-up's, 6 French (fact: guide-catheter-size). */
export const CATHETER_RADIUS = GUIDE_CATHETER_OUTER_DIAMETER / 2;
export const TUBE_STEP = 3;
export const TUBE_RADIAL = 8;

/** How much of the catheter's route, back from the opening, shows through the aorta (mm). */
export const GHOST_LENGTH = 110;
export const ghostFrom = (routeLength: number): number => Math.max(0, routeLength - GHOST_LENGTH);

/**
 * Arc length (mm) where the catheter's route enters the part of the aorta drawn at heart scale
 * (the arch, archMesh): the top of the arch from the arm, the end of the arch from the
 * descending aorta. Before it the catheter lies in the arm or the leg and the aorta below the
 * arch, whose vessels fade out at heart scale; so does that part of the catheter, or it would
 * be a loose line beside the heart.
 */
export function limbEnd(route: AccessRoutePath): number {
  const joint = AORTA.points[route.access === 'radial' ? ARCH_TOP_INDEX : ARCH_END] as Vec3;
  let best = 0;
  let nearest = Infinity;
  route.path.points.forEach((p, i) => {
    const d = distance(p, joint);
    if (d < nearest) {
      nearest = d;
      best = route.path.arc[i] ?? 0;
    }
  });
  return best;
}

export function routeMeshes(kase: PatientCase) {
  const route = accessRoute(kase.access, kase.artery);
  const limb = limbEnd(route);
  return {
    route,
    limb,
    glow: tubeMesh(route.path, () => ROUTE_GLOW_RADIUS, TUBE_RADIAL, TUBE_STEP),
    // The catheter in two parts: in the arm or leg (faded with their vessels at heart scale),
    // and in the arch and ascending aorta, shown at every scale.
    catheterLimb: tubeMesh(route.path, () => CATHETER_RADIUS, TUBE_RADIAL, TUBE_STEP, 0, limb),
    catheter: tubeMesh(
      route.path,
      () => CATHETER_RADIUS,
      TUBE_RADIAL,
      TUBE_STEP,
      limb,
      route.path.length,
    ),
    // The last stretch only (aortic arch to the opening): seen through the aorta's wall.
    ghost: tubeMesh(
      route.path,
      () => CATHETER_RADIUS,
      TUBE_RADIAL,
      TUBE_STEP,
      ghostFrom(route.path.length),
    ),
  };
}

/** Outward skin direction at a point near the figure's surface. */
export const skinNormal = (p: Vec3): Vec3 => gradient(figureSdf, p, 2);

/**
 * After the catheter is out: a clear wrist band around the forearm over the puncture, or a
 * pad pressed on the groin (clinical facts: wrist compression band, or groin pressure).
 */
export function closureMesh(kase: PatientCase): MeshData {
  const route = accessRoute(kase.access, kase.artery);
  if (kase.access === 'radial') {
    const axis = unit(sub(RIGHT.wrist, RIGHT.elbow));
    const centre = add(RIGHT.wrist, scale(axis, -28));
    const path = createPath3(
      [add(centre, scale(axis, -14)), add(centre, scale(axis, 14))],
      4,
      false,
    );
    return tubeMesh(path, () => 32, 24, 4);
  }
  const n = skinNormal(route.skin);
  const pad = sphereMesh([0, 0, 0], 1, 20);
  // Flatten a sphere into a 60 mm pad lying on the skin.
  const t = orthogonalTo([0, 1, 0], n);
  const b: Vec3 = [n[1] * t[2] - n[2] * t[1], n[2] * t[0] - n[0] * t[2], n[0] * t[1] - n[1] * t[0]];
  const p = pad.positions;
  const q = pad.normals;
  for (let i = 0; i < p.length; i += 3) {
    const x = (p[i] ?? 0) * 34;
    const y = (p[i + 1] ?? 0) * 6;
    const z = (p[i + 2] ?? 0) * 28;
    p[i] = route.skin[0] + t[0] * x + n[0] * (y + 3) + b[0] * z;
    p[i + 1] = route.skin[1] + t[1] * x + n[1] * (y + 3) + b[1] * z;
    p[i + 2] = route.skin[2] + t[2] * x + n[2] * (y + 3) + b[2] * z;
    const nx = q[i] ?? 0;
    const ny = q[i + 1] ?? 0;
    const nz = q[i + 2] ?? 0;
    q[i] = t[0] * nx + n[0] * ny + b[0] * nz;
    q[i + 1] = t[1] * nx + n[1] * ny + b[1] * nz;
    q[i + 2] = t[2] * nx + n[2] * ny + b[2] * nz;
  }
  return pad;
}

/** The balloon pump: its catheter from the left groin and its balloon in the aorta. */
export function balloonPumpMesh(): MeshData {
  const d = balloonPumpPath();
  return mergeMeshes([
    tubeMesh(d.path, () => BALLOON_PUMP.catheterDiameter / 2, 8, 4, 0, d.activeFrom),
    tubeMesh(
      d.path,
      (s) => {
        const f = (s - d.activeFrom) / (d.activeTo - d.activeFrom);
        // Rounded ends: full width in the middle, tapering over the last 10%.
        const end = Math.min(f, 1 - f) / 0.1;
        return (BALLOON_PUMP.diameter / 2) * Math.sqrt(Math.min(1, Math.max(0.05, end)));
      },
      16,
      3,
      d.activeFrom,
      d.activeTo,
    ),
  ]);
}

export function pacingWireMesh(): MeshData {
  const d = pacingWirePath();
  return mergeMeshes([
    tubeMesh(d.path, () => PACING_WIRE_DIAMETER / 2, 8, 2),
    sphereMesh(d.path.pointAt(d.path.length), 1.6, 12),
  ]);
}

export function veinMesh(): MeshData {
  return tubeMesh(createPath3(VEIN_POINTS, 10), () => VEIN_RADIUS, 14, 4);
}

/** Soft halo radius around the emergency devices, so they read at body scale (mm). */
export const DEVICE_GLOW_RADIUS = { balloon: 14, catheter: 6, wire: 7 } as const;

/** A wider, see-through copy of the balloon pump and the pacing wire: their glow. */
export function deviceGlowMesh(pump: boolean, wire: boolean): MeshData {
  const parts: MeshData[] = [];
  if (pump) {
    const d = balloonPumpPath();
    parts.push(
      tubeMesh(d.path, () => DEVICE_GLOW_RADIUS.catheter, 8, 6, 0, d.activeFrom),
      tubeMesh(d.path, () => DEVICE_GLOW_RADIUS.balloon, 12, 6, d.activeFrom, d.activeTo),
    );
  }
  if (wire) parts.push(tubeMesh(pacingWirePath().path, () => DEVICE_GLOW_RADIUS.wire, 8, 4));
  return mergeMeshes(parts);
}

/** Dye at heart scale: a little wider than the coronary tube, so it shows over it (mm). */
const DYE_OVER = 0.25;
export const DYE_STEP = 1.5;
export const DYE_RADIAL = 10;

/**
 * The dye filling the case's artery from its opening (heart scale): a tube from the ostium
 * along the left main and the branch (or the RCA), drawn up to the dye's front.
 */
export function caseDyeMesh(kase: PatientCase): MeshData {
  const cp = casePath(kase.artery, lesionSite(kase.artery, kase.segment));
  return tubeMesh(cp.path, (s) => cp.radius(s) + DYE_OVER, DYE_RADIAL, DYE_STEP);
}
