import type { AccessRoute, CoronaryArtery } from '../case.ts';
import type { Vec3 } from '../vec3.ts';
import { add } from './math3.ts';
import { AORTIC_ROOT, OSTIA, OSTIUM_OF, type OstiumSide } from './heart.ts';
import { createPath3, type Path3 } from './path3.ts';
import { AORTA, ARCH_TOP_INDEX, GROIN_INDEX, RIGHT_ARM, RIGHT_LEG } from './vessels.ts';

/**
 * The catheter's way from the skin to the coronary opening (clinical facts: the guide
 * catheter is passed up the arm or the aorta to the ostium):
 * - radial: right wrist → radial → brachial → subclavian → brachiocephalic → aortic arch →
 *   ascending aorta → ostium;
 * - femoral: right groin → femoral → iliac → descending aorta → arch → ascending aorta →
 *   ostium.
 * The last bend is the catheter's tip shape: a Judkins Left (JL) leans on the right wall of
 * the ascending aorta and hooks back into the left opening; a Judkins Right (JR) comes
 * down the left side and turns forwards into the right opening.
 */
export interface AccessRoutePath {
  readonly access: AccessRoute;
  readonly ostium: OstiumSide;
  /** From the skin (s = 0) to the coronary opening (s = length). */
  readonly path: Path3;
  /** Where the needle goes through the skin, and where it enters the artery. */
  readonly skin: Vec3;
  readonly puncture: Vec3;
}

/** Skin entry points: about 20 mm above the wrist crease, and just below the groin crease. */
const RADIAL_PUNCTURE = RIGHT_ARM.points[RIGHT_ARM.points.length - 2] as Vec3;
export const RADIAL_SKIN: Vec3 = add(RADIAL_PUNCTURE, [-2, -8, 11]);
const FEMORAL_PUNCTURE = RIGHT_LEG.points[GROIN_INDEX] as Vec3;
export const FEMORAL_SKIN: Vec3 = add(FEMORAL_PUNCTURE, [0, -26, 36]);

/** The catheter's last bend into each opening (JL / JR tip shapes). */
const APPROACH: Record<OstiumSide, readonly Vec3[]> = {
  left: [add(AORTIC_ROOT, [-8, 34, 14]), add(AORTIC_ROOT, [-9, 16, 4]), OSTIA.left],
  // JR: down the middle of the ascending aorta, against its left back wall, then the tip
  // turns forwards and to the right into the opening (no loop).
  right: [
    add(AORTIC_ROOT, [-2, 40, 4]),
    add(AORTIC_ROOT, [4, 20, -3]),
    add(AORTIC_ROOT, [0, 10, 6]),
    OSTIA.right,
  ],
};

function waypoints(access: AccessRoute, ostium: OstiumSide): Vec3[] {
  if (access === 'radial') {
    const arm = RIGHT_ARM.points.slice(0, -1).reverse();
    const ascending = AORTA.points.slice(2, ARCH_TOP_INDEX).reverse();
    return [RADIAL_SKIN, ...arm, ...ascending, ...APPROACH[ostium]];
  }
  const leg = RIGHT_LEG.points.slice(0, GROIN_INDEX + 1).reverse();
  const aorta = AORTA.points.slice(2, -1).reverse();
  return [FEMORAL_SKIN, ...leg, ...aorta, ...APPROACH[ostium]];
}

export function accessRoute(access: AccessRoute, artery: CoronaryArtery): AccessRoutePath {
  const ostium = OSTIUM_OF[artery];
  return {
    access,
    ostium,
    path: createPath3(waypoints(access, ostium), 24),
    skin: access === 'radial' ? RADIAL_SKIN : FEMORAL_SKIN,
    puncture: access === 'radial' ? RADIAL_PUNCTURE : FEMORAL_PUNCTURE,
  };
}
