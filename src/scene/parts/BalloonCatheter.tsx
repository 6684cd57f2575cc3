import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { balloonShaftRadius, balloonTipEnd, writeBalloonRing } from '../../../models/balloon.ts';
import {
  allRings,
  createSweepFrame,
  placeSweepFrame,
  type SweepLayout,
} from '../../../models/sweep.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { useSceneModel } from '../sceneContext.ts';
import {
  createChangeTracker,
  sweepInto,
  sweepRingsInto,
  useTubeGeometry,
} from '../useSweptGeometry.ts';

const SHAFT_LAYOUT: SweepLayout = { rings: 200, radialSegments: 16 };
const BALLOON_LAYOUT: SweepLayout = { rings: 90, radialSegments: 48 };
const BALLOON_RINGS = allRings(BALLOON_LAYOUT);

/** The balloon catheter: an opaque shaft running over the wire, and a clear balloon near its tip. */
export function BalloonCatheter() {
  const { artery, state, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const shaft = useTubeGeometry(SHAFT_LAYOUT);
  const skin = useTubeGeometry(BALLOON_LAYOUT);
  const pose = derived.balloon;
  const shape = useMemo(() => {
    // The skin's rings stay put while the balloon inflates: placed once per position.
    const frame = createSweepFrame(BALLOON_LAYOUT);
    // The folded wings' cos(3 theta) at each vertex angle: fixed, so worked out once.
    const wing = frame.theta.map((theta) => Math.cos(3 * theta));
    return {
      frame,
      // The shaft does not change as the balloon inflates, so it is not rebuilt then.
      shaftChanged: createChangeTracker(),
      skinChanged: createChangeTracker(),
      moved: createChangeTracker(),
      shaft: (s: number) => balloonShaftRadius(pose, s),
      skin: (_i: number, s: number, out: Float64Array) => writeBalloonRing(pose, s, wing, out),
    };
  }, [pose]);

  useFrame(() => {
    const out = derived.balloonOut;
    const { centreline } = artery;
    const half = pose.length / 2;
    if (shape.shaftChanged(pose.centre, pose.length, state.guideTip, out ? 1 : 0)) {
      const start = state.guideTip - 4;
      const end = out ? balloonTipEnd(pose) : start + 0.01;
      sweepInto(shaft, centreline, start, end, SHAFT_LAYOUT, shape.shaft);
    }
    if (shape.skinChanged(pose.centre, pose.length, pose.inflation, pose.nominalDiameter)) {
      const moved = shape.moved(pose.centre, pose.length);
      if (moved) placeSweepFrame(shape.frame, centreline, pose.centre - half, pose.centre + half);
      sweepRingsInto(skin, shape.frame, shape.skin, BALLOON_RINGS, moved);
    }
  });

  return (
    <group name="balloon-catheter">
      <mesh name="balloon-shaft" geometry={shaft} material={materials.shaft} />
      <mesh name="balloon" geometry={skin} material={materials.balloon} renderOrder={2} />
    </group>
  );
}
