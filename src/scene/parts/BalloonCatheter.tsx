import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { balloonRadius, balloonShaftRadius, balloonTipEnd } from '../../../models/balloon.ts';
import type { SweepLayout } from '../../../models/sweep.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { useSceneModel } from '../sceneContext.ts';
import { createChangeTracker, sweepInto, useTubeGeometry } from '../useSweptGeometry.ts';

const SHAFT_LAYOUT: SweepLayout = { rings: 200, radialSegments: 16 };
const BALLOON_LAYOUT: SweepLayout = { rings: 90, radialSegments: 48 };

/** The balloon catheter: an opaque shaft running over the wire, and a clear balloon near its tip. */
export function BalloonCatheter() {
  const { artery, state, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const shaft = useTubeGeometry(SHAFT_LAYOUT);
  const skin = useTubeGeometry(BALLOON_LAYOUT);
  const pose = derived.balloon;
  const shape = useMemo(
    () => ({
      changed: createChangeTracker(),
      shaft: (s: number) => balloonShaftRadius(pose, s),
      skin: (s: number, theta: number) => balloonRadius(pose, s, theta),
    }),
    [pose],
  );

  useFrame(() => {
    const out = derived.balloonOut;
    if (
      !shape.changed(
        pose.centre,
        pose.inflation,
        pose.length,
        pose.nominalDiameter,
        state.guideTip,
        out ? 1 : 0,
      )
    ) {
      return;
    }
    const { centreline } = artery;
    const start = state.guideTip - 4;
    const end = out ? balloonTipEnd(pose) : start + 0.01;
    sweepInto(shaft, centreline, start, end, SHAFT_LAYOUT, shape.shaft);
    const half = pose.length / 2;
    sweepInto(skin, centreline, pose.centre - half, pose.centre + half, BALLOON_LAYOUT, shape.skin);
  });

  return (
    <group name="balloon-catheter">
      <mesh name="balloon-shaft" geometry={shaft} material={materials.shaft} />
      <mesh name="balloon" geometry={skin} material={materials.balloon} renderOrder={2} />
    </group>
  );
}
