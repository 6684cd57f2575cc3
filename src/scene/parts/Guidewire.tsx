import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { GUIDEWIRE_DIAMETER } from '../../../models/dimensions.ts';
import { guidewireBend } from '../../../models/guidewire.ts';
import type { SweepLayout } from '../../../models/sweep.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { useSceneModel } from '../sceneContext.ts';
import { createChangeTracker, sweepInto, useTubeGeometry } from '../useSweptGeometry.ts';

const LAYOUT: SweepLayout = { rings: 220, radialSegments: 10 };
const RADIUS = GUIDEWIRE_DIAMETER / 2;
const radius = (): number => RADIUS;

/** The guidewire, from inside the guide catheter to its curved tip. */
export function Guidewire() {
  const { artery, state, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const geometry = useTubeGeometry(LAYOUT);
  const changed = useMemo(() => createChangeTracker(), []);
  const bend = useMemo(
    () => (s: number, out: [number, number]) => guidewireBend(s, state.wireTip, out),
    [state],
  );

  useFrame(() => {
    if (!changed(state.wireTip, state.guideTip, derived.wireOut ? 1 : 0)) return;
    const start = state.guideTip - 4;
    const end = derived.wireOut ? state.wireTip : start + 0.01;
    sweepInto(geometry, artery.centreline, start, end, LAYOUT, radius, bend);
  });

  return <mesh name="guidewire" geometry={geometry} material={materials.wire} />;
}
