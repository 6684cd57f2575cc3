import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { Mesh } from 'three';
import { clotExtent, clotFill, occludedLumenRadius } from '../../../models/clot.ts';
import { angularNoise } from '../../../models/noise.ts';
import type { SweepLayout } from '../../../models/sweep.ts';
import { deviceRadiusAt } from '../../timeline/derived.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { useSceneModel } from '../sceneContext.ts';
import { createChangeTracker, shellInto, useShellGeometry } from '../useSweptGeometry.ts';

const LAYOUT: SweepLayout = { rings: 90, radialSegments: 48 };
/** The clot's root reaches a little into the plaque so the two never leave a gap (mm). */
const ROOT = 0.04;
/** How far its free face is lumpy, as a fraction of its thickness: a clot is not smooth. */
const LUMPS = 0.4;

/**
 * The blood clot of a heart attack, sitting on the plaque and filling the channel (see
 * models/clot.ts). A closed shell, cut open like the wall so its dark inside shows. A wire or
 * balloon inside it pushes it aside; its lumps stand back from the model's channel, never
 * into it, so blood and dye never pass through it.
 */
export function Clot() {
  const { artery, state, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const mesh = useRef<Mesh>(null);
  const geometry = useShellGeometry(LAYOUT);
  const shape = useMemo(() => {
    const st = { c: 0, clot: 0 };
    const [start, end] = clotExtent(artery);
    return {
      st,
      start,
      end,
      changed: createChangeTracker(),
      outer: (s: number) => {
        const lumen = artery.lumenRadius(s, st.c);
        const fill = clotFill(artery, s, st.c, st.clot);
        return lumen + ROOT * Math.min(1, fill * 4);
      },
      inner: (s: number, theta: number) => {
        const lumen = artery.lumenRadius(s, st.c);
        const fill = clotFill(artery, s, st.c, st.clot);
        const open = occludedLumenRadius(artery, s, st.c, st.clot);
        // Lumps only where the clot is not a full plug, so a blocked channel stays closed.
        const lumps =
          (lumen - open) * LUMPS * (1 - fill) * angularNoise((s - start) * 1.3, theta, 7);
        const device = Math.min(deviceRadiusAt(derived, state, artery, s), lumen);
        return Math.max(open + lumps, device);
      },
    };
  }, [artery, derived, state]);

  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const shown = state.clot > 0.001 && derived.compression < 0.999;
    m.visible = shown;
    if (
      !shown ||
      !shape.changed(
        state.clot,
        derived.compression,
        state.wireTip,
        state.balloonCentre,
        state.balloonInflation,
        derived.balloonOut ? 1 : 0,
        derived.wireOut ? 1 : 0,
      )
    ) {
      return;
    }
    shape.st.c = derived.compression;
    shape.st.clot = state.clot;
    shellInto(
      geometry,
      artery.centreline,
      shape.start,
      shape.end,
      LAYOUT,
      shape.outer,
      shape.inner,
    );
  });

  return (
    <mesh ref={mesh} name="clot" geometry={geometry} material={materials.clot} visible={false} />
  );
}
