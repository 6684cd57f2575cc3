import type { Vec3 } from '../vec3.ts';
import { add } from './math3.ts';
import { heartPoint } from './heart.ts';
import { createPath3, type Path3 } from './path3.ts';
import { AORTA, GROIN_INDEX, LEFT_LEG } from './vessels.ts';

/**
 * Extra equipment in the emergency variant (clinical facts: some patients need a balloon
 * pump in the aorta, or a temporary pacemaker wire for a slow rhythm).
 */

/**
 * Intra-aortic balloon pump: put in through the LEFT groin (the right is kept for the
 * angioplasty), up the iliac artery into the descending aorta. Its balloon (40 ml: about
 * 15 mm across, 220 mm long) lies below the left subclavian artery and above the kidneys.
 */
export const BALLOON_PUMP = {
  diameter: 15,
  length: 220,
  catheterDiameter: 2.7,
} as const;

export interface DevicePath {
  readonly path: Path3;
  /** Arc lengths where the balloon (or the wire's electrode) starts and ends. */
  readonly activeFrom: number;
  readonly activeTo: number;
}

export function balloonPumpPath(): DevicePath {
  const groin = LEFT_LEG.points[GROIN_INDEX] as Vec3;
  const pts: Vec3[] = [
    add(groin, [0, -26, 36]),
    ...LEFT_LEG.points.slice(0, GROIN_INDEX + 1).reverse(),
    ...AORTA.points.slice(6, -1).reverse(),
    // The tip sits about 20 mm below the left subclavian artery's origin (arch, vessels.ts).
    [31, 1320, -56],
  ];
  const path = createPath3(pts, 16);
  return { path, activeFrom: path.length - BALLOON_PUMP.length, activeTo: path.length };
}

/**
 * Temporary pacing wire: through the right internal jugular vein in the neck, down the
 * superior vena cava into the right atrium, across the tricuspid valve to the tip of the
 * right ventricle. About 5 French (1.7 mm).
 */
export const PACING_WIRE_DIAMETER = 1.7;

/** The neck vein and the superior vena cava the wire runs in (drawn faintly, blue). */
export const VEIN_POINTS: readonly Vec3[] = [
  [-40, 1530, 12],
  [-38, 1440, 22],
  [-30, 1360, 26],
  [-24, 1300, 26],
  heartPoint(-38, 2, -38),
];
export const VEIN_RADIUS = 7;

export function pacingWirePath(): DevicePath {
  const pts: Vec3[] = [
    ...VEIN_POINTS,
    heartPoint(-14, 12, -24),
    heartPoint(14, 14, -14),
    heartPoint(26, 6, -4),
  ];
  const path = createPath3(pts, 16);
  return { path, activeFrom: path.length - 6, activeTo: path.length };
}
