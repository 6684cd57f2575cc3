import type { Vec3 } from '../vec3.ts';
import { mirrorX } from './math3.ts';
import { AORTIC_ROOT } from './heart.ts';
import { RIGHT } from './figure.ts';

/**
 * The main arteries from the heart to the wrists and groins, as centreline waypoints with
 * their radii (mm), in anatomy coordinates (figure.ts). The catheter routes (routes.ts)
 * follow these same waypoints, so the catheter always runs inside a drawn vessel.
 *
 * Radii: aortic root about 15 mm, arch 13, descending 12, abdominal 10; iliac 5, femoral 4;
 * brachiocephalic 6, subclavian 4.5, brachial 2.2, radial 1.3 (typical adult sizes; the
 * radial artery is about 2.5 mm across, BCIS/TRI material).
 */
export interface VesselWay {
  readonly name: string;
  readonly points: readonly Vec3[];
  readonly radii: readonly number[];
}

/** The aorta from the root, up, over the arch and down to where it divides (about L4). */
export const AORTA: VesselWay = {
  name: 'aorta',
  points: [
    AORTIC_ROOT,
    [4, 1300, 26],
    [-4, 1332, 26],
    [2, 1356, 8],
    [24, 1352, -26],
    [32, 1325, -50],
    [28, 1290, -62],
    [20, 1180, -62],
    [10, 1090, -50],
    [0, 1030, -40],
  ],
  radii: [15, 15, 14, 13, 12.5, 12, 11.5, 11, 10, 9],
};
/** Index of the arch's top in AORTA.points: where the arm route joins the aorta. */
export const ARCH_TOP_INDEX = 3;

/** Right brachiocephalic → subclavian → axillary → brachial → radial, to the wrist. */
const wristPulse = (w: Vec3): Vec3 => [w[0] - 8, w[1] + 22, w[2] + 18];
export const RIGHT_ARM: VesselWay = {
  name: 'right arm',
  points: [
    [2, 1356, 8],
    [-22, 1400, 18],
    [-70, 1428, 16],
    [-130, 1410, 8],
    [-182, 1362, 16],
    [-216, 1250, 24],
    [-246, 1140, 30],
    [-272, 1050, 36],
    [-300, 970, 36],
    wristPulse(RIGHT.wrist),
    [RIGHT.wrist[0] - 10, RIGHT.wrist[1] - 8, RIGHT.wrist[2] + 14],
  ],
  radii: [6, 6, 4.5, 4.2, 3.6, 2.4, 2.2, 1.5, 1.35, 1.3, 1.2],
};

/** The left arm's arteries, for symmetry (from the arch's left subclavian branch). */
const LEFT_ARM: VesselWay = {
  name: 'left arm',
  points: [[20, 1356, -18], [40, 1410, -10], ...RIGHT_ARM.points.slice(3).map(mirrorX)],
  radii: [5, 4.5, ...RIGHT_ARM.radii.slice(3)],
};

/** Common carotid arteries up the neck (context only). */
const CAROTIDS: readonly VesselWay[] = [
  {
    name: 'right carotid',
    points: [
      [-22, 1400, 18],
      [-28, 1470, 18],
      [-34, 1540, 14],
    ],
    radii: [3.5, 3.3, 3.1],
  },
  {
    name: 'left carotid',
    points: [
      [10, 1358, 2],
      [22, 1440, 12],
      [30, 1540, 14],
    ],
    radii: [3.5, 3.3, 3.1],
  },
];

/** From the aorta's division down the right leg: iliac, then femoral past the groin. */
export const RIGHT_LEG: VesselWay = {
  name: 'right leg',
  points: [
    [0, 1030, -40],
    [-40, 985, -30],
    [-70, 920, -2],
    [-86, 860, 34],
    [-90, 805, 52],
    [-96, 700, 40],
    [-104, 560, 10],
  ],
  radii: [9, 5.5, 5, 4.5, 4.2, 3.8, 3.5],
};
/** Index in RIGHT_LEG.points of the common femoral artery at the groin (the puncture site). */
export const GROIN_INDEX = 4;

export const LEFT_LEG: VesselWay = {
  name: 'left leg',
  points: RIGHT_LEG.points.map(mirrorX),
  radii: RIGHT_LEG.radii,
};

export const ALL_VESSELS: readonly VesselWay[] = [
  AORTA,
  RIGHT_ARM,
  LEFT_ARM,
  ...CAROTIDS,
  RIGHT_LEG,
  LEFT_LEG,
];
