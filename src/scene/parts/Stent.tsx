import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BoxGeometry, type InstancedMesh } from 'three';
import {
  cylindricalToWorld,
  stentRadius,
  strutCount,
  writeStrutsCylindrical,
} from '../../../models/stent.ts';
import type { Vec3 } from '../../../models/vec3.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { useSceneModel } from '../sceneContext.ts';
import { createChangeTracker } from '../useSweptGeometry.ts';

/** Struts are a little wider than thick, as laser-cut struts are. */
const STRUT_WIDTH = 0.09;

/** The stent: one instanced mesh of struts, crimped on the balloon or opened into the wall. */
export function Stent() {
  const { artery, state, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => new BoxGeometry(1, 1, 1), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  // Sized for this artery's stent: a new case brings a new lattice (and a new instanced mesh).
  const design = artery.stent;
  const count = strutCount(design);
  const scratch = useMemo(
    () => ({
      struts: new Float32Array(strutCount(design) * 4),
      a: [0, 0, 0] as Vec3,
      b: [0, 0, 0] as Vec3,
      axis: [0, 0, 0] as Vec3,
      changed: createChangeTracker(),
    }),
    [design],
  );

  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const shown = derived.stentShown;
    if (!scratch.changed(state.stentCentre, state.stentExpansion, shown ? 1 : 0)) return;
    m.visible = shown;
    if (!shown) return;
    const r = stentRadius(design, state.stentExpansion);
    const { struts, a, b, axis } = scratch;
    writeStrutsCylindrical(design, r, struts);
    const e = m.instanceMatrix.array as Float32Array;
    const start = derived.stentStart;
    for (let i = 0; i < count; i++) {
      const ta = struts[i * 4] ?? 0;
      const za = struts[i * 4 + 1] ?? 0;
      const tb = struts[i * 4 + 2] ?? 0;
      const zb = struts[i * 4 + 3] ?? 0;
      cylindricalToWorld(artery.centreline, start, r, ta, za, a);
      cylindricalToWorld(artery.centreline, start, r, tb, zb, b);
      // Radial direction at the strut's middle: from the axis out through the midpoint.
      cylindricalToWorld(artery.centreline, start, 0, 0, (za + zb) / 2, axis);
      const mx = (a[0] + b[0]) / 2;
      const my = (a[1] + b[1]) / 2;
      const mz = (a[2] + b[2]) / 2;
      let xx = b[0] - a[0];
      let xy = b[1] - a[1];
      let xz = b[2] - a[2];
      const len = Math.hypot(xx, xy, xz) || 1;
      xx /= len;
      xy /= len;
      xz /= len;
      let yx = mx - axis[0];
      let yy = my - axis[1];
      let yz = mz - axis[2];
      const d = yx * xx + yy * xy + yz * xz;
      yx -= d * xx;
      yy -= d * xy;
      yz -= d * xz;
      const yl = Math.hypot(yx, yy, yz) || 1;
      yx /= yl;
      yy /= yl;
      yz /= yl;
      const zx = xy * yz - xz * yy;
      const zy = xz * yx - xx * yz;
      const zz = xx * yy - xy * yx;
      // Column-major: basis vectors scaled by the strut's length (plus a joint), thickness and width.
      const sx = len + STRUT_WIDTH * 0.8;
      const sy = design.strutThickness;
      const sz = STRUT_WIDTH;
      const o = i * 16;
      e[o] = xx * sx;
      e[o + 1] = xy * sx;
      e[o + 2] = xz * sx;
      e[o + 3] = 0;
      e[o + 4] = yx * sy;
      e[o + 5] = yy * sy;
      e[o + 6] = yz * sy;
      e[o + 7] = 0;
      e[o + 8] = zx * sz;
      e[o + 9] = zy * sz;
      e[o + 10] = zz * sz;
      e[o + 11] = 0;
      e[o + 12] = mx;
      e[o + 13] = my;
      e[o + 14] = mz;
      e[o + 15] = 1;
    }
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
  });

  return (
    <instancedMesh
      ref={mesh}
      name="stent"
      args={[geometry, materials.stent, count]}
      frustumCulled={false}
      visible={false}
    />
  );
}
