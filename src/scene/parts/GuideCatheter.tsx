import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import {
  GUIDE_CATHETER_INNER_DIAMETER,
  GUIDE_CATHETER_OUTER_DIAMETER,
} from '../../../models/dimensions.ts';
import type { SweepLayout } from '../../../models/sweep.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { useSceneModel } from '../sceneContext.ts';
import { createChangeTracker, shellInto, useShellGeometry } from '../useSweptGeometry.ts';

const LAYOUT: SweepLayout = { rings: 70, radialSegments: 28 };
/** Length of catheter drawn behind its tip; the rest is far off-screen. */
const DRAWN_LENGTH = 90;
const OUTER = GUIDE_CATHETER_OUTER_DIAMETER / 2;
const INNER = GUIDE_CATHETER_INNER_DIAMETER / 2;
/** Rounded lip at the tip, as on a real catheter. */
const LIP = 0.25;

/** The guide catheter: a hollow tube, open at its tip, that the wire and balloon come out of. */
export function GuideCatheter() {
  const { artery, state } = useSceneModel();
  const materials = useSceneMaterials();
  const geometry = useShellGeometry(LAYOUT);
  const shape = useMemo(() => {
    const st = { tip: 0 };
    return {
      st,
      changed: createChangeTracker(),
      outer: (s: number) => {
        const u = st.tip - s;
        return u < LIP
          ? INNER + (OUTER - INNER) * Math.sqrt(Math.max(1 - ((LIP - u) / LIP) ** 2, 0))
          : OUTER;
      },
      inner: () => INNER,
    };
  }, []);

  useFrame(() => {
    const tip = state.guideTip;
    if (!shape.changed(tip)) return;
    shape.st.tip = tip;
    shellInto(
      geometry,
      artery.centreline,
      tip - DRAWN_LENGTH,
      tip,
      LAYOUT,
      shape.outer,
      shape.inner,
    );
  });

  return (
    <group name="guide-catheter">
      <mesh geometry={geometry} material={materials.catheter} />
      <mesh geometry={geometry} material={materials.catheterInside} />
    </group>
  );
}
