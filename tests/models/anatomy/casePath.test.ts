import { describe, expect, it } from 'vitest';
import { casePath, ENGAGED_DEPTH, heartArcOf } from '../../../models/anatomy/casePath.ts';
import { AORTIC_ROOT, coronaryArteries, OSTIA } from '../../../models/anatomy/heart.ts';
import { add, sub } from '../../../models/anatomy/math3.ts';
import {
  framePoint,
  lesionSite,
  placeAnatomy,
  type ShotFrame,
} from '../../../models/anatomy/placement.ts';
import { accessRoute } from '../../../models/anatomy/routes.ts';
import { createArtery } from '../../../models/artery.ts';
import { vesselFor } from '../../../models/vessel.ts';
import { type Vec3, distance, dot, length } from '../../../models/vec3.ts';
import { CORONARY_ARTERIES, DEFAULT_CASE, SEGMENTS } from '../../../src/case/patientCase.ts';

describe("the case's artery from its opening", () => {
  for (const artery of CORONARY_ARTERIES)
    for (const segment of SEGMENTS)
      it(`starts at the ${artery} opening and reaches the ${segment} narrowing`, () => {
        const site = lesionSite(artery, segment);
        const cp = casePath(artery, site);
        const ostium = OSTIA[artery === 'rca' ? 'right' : 'left'];
        expect(distance(cp.path.pointAt(0), ostium)).toBeLessThan(0.01);
        // The narrowing is where the placement puts it, measured from the opening.
        expect(distance(cp.path.pointAt(cp.lesion), site.point)).toBeLessThan(0.5);
        // The left coronaries begin with the left main stem, 4.5 mm across.
        if (artery !== 'rca') {
          expect(cp.lesion).toBeGreaterThan(coronaryArteries().leftMain.path.length);
          expect(cp.radius(1)).toBeCloseTo(2.25, 1);
        }
        expect(cp.radius(cp.lesion)).toBeCloseTo(site.radius, 5);
      });
});

describe('mapping the close-up onto the heart', () => {
  const tip = 7;
  const lesion = 36;
  const heartLesion = 90;
  it('puts the guide catheter tip just inside the opening', () => {
    expect(heartArcOf(tip, tip, lesion, heartLesion)).toBe(ENGAGED_DEPTH);
    expect(heartArcOf(-50, tip, lesion, heartLesion)).toBe(ENGAGED_DEPTH);
  });
  it('puts the narrowing on the narrowing, and runs mm for mm beyond it', () => {
    expect(heartArcOf(lesion, tip, lesion, heartLesion)).toBe(heartLesion);
    expect(heartArcOf(lesion + 20, tip, lesion, heartLesion)).toBe(heartLesion + 20);
  });
  it('never goes back the way it came', () => {
    let last = -Infinity;
    for (let s = -10; s < 80; s += 0.5) {
      const h = heartArcOf(s, tip, lesion, heartLesion);
      expect(h).toBeGreaterThanOrEqual(last);
      last = h;
    }
  });
});

describe('the opening and path views', () => {
  const kase = DEFAULT_CASE;
  const placement = placeAnatomy(kase, createArtery(vesselFor(kase.artery, kase.segment)));
  const at = (frame: ShotFrame, p: Vec3) => framePoint(placement, frame, p);

  it("centre on the case's opening, and half-way to the narrowing", () => {
    expect(distance(at('ostium', [0, 0, 0]), at('heart', [0, 0, 0]))).toBeGreaterThan(20);
    const world = (p: Vec3) => framePoint(placement, 'body', sub(p, [0, 1000, 0]));
    expect(distance(at('ostium', [0, 0, 0]), world(OSTIA.left))).toBeLessThan(1e-6);
    const half = framePoint(placement, 'path', [0, 0, 0]);
    const lesion = world(placement.lesion.point);
    expect(distance(half, lesion)).toBeCloseTo(distance(half, world(OSTIA.left)), 6);
  });

  it('look from the side the opening faces, so the aorta does not hide the catheter tip', () => {
    for (const artery of CORONARY_ARTERIES) {
      const c = { ...kase, artery };
      const p = placeAnatomy(c, createArtery(vesselFor(artery, c.segment)));
      const side = artery === 'rca' ? 'right' : 'left';
      // From the opening, the camera of a path shot is on the opening's side of the root.
      const camera = framePoint(p, 'path', [0, 0, 300]);
      const o = framePoint(p, 'body', sub(OSTIA[side], [0, 1000, 0]));
      const root = framePoint(p, 'body', sub(AORTIC_ROOT, [0, 1000, 0]));
      const out = sub(o, root);
      expect(dot(sub(camera, o), out) / length(out)).toBeGreaterThan(0);
    }
  });

  it('see the catheter arrive from the aorta into the opening', () => {
    for (const artery of CORONARY_ARTERIES) {
      const route = accessRoute('radial', artery);
      const end = route.path.pointAt(route.path.length);
      const before = route.path.pointAt(route.path.length - 30);
      // Its last 30 mm lie inside the aortic root and ascending aorta (radius 15 mm).
      expect(distance(before, add(AORTIC_ROOT, [0, 20, 0]))).toBeLessThan(22);
      expect(distance(end, OSTIA[route.ostium])).toBeLessThan(0.01);
    }
  });
});
