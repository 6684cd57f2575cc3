import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import type { SweepLayout } from '../../../models/sweep.ts';
import { angularNoise } from '../../../models/noise.ts';
import { useSceneModel } from '../sceneContext.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { createChangeTracker, shellInto, useShellGeometry } from '../useSweptGeometry.ts';

const WALL_LAYOUT: SweepLayout = { rings: 200, radialSegments: 48 };
const PLAQUE_LAYOUT: SweepLayout = { rings: 110, radialSegments: 56 };

/** How far the plaque's lumpy face stands back from the smooth lumen (mm, never inwards). */
const PLAQUE_LUMPS = 0.07;
/** The plaque reaches a little into the wall so the two never leave a gap. */
const PLAQUE_ROOT = 0.05;
/** Where the plaque thins out, its face sits just inside the wall's lining so the two never flicker. */
const PLAQUE_COAT = 0.025;

/** The artery: its wall (a thick tube) and the fatty plaque inside it, both cut open. */
export function ArteryWall() {
  const { artery, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const wall = useShellGeometry(WALL_LAYOUT);
  const plaque = useShellGeometry(PLAQUE_LAYOUT);
  // Radius functions made once; they read the compression from `shape`, so no closure is
  // created per frame.
  const shape = useMemo(() => {
    const span = artery.plaqueEnd - artery.plaqueStart;
    const st = { c: 0 };
    return {
      st,
      changed: createChangeTracker(),
      wallOuter: (s: number) => artery.wallOuterRadius(s, st.c),
      wallInner: (s: number) => artery.wallInnerRadius(s, st.c),
      plaqueRoot: (s: number) => artery.wallInnerRadius(s, st.c) + PLAQUE_ROOT,
      plaqueFace: (s: number, theta: number) => {
        const b = artery.plaqueProfile(s);
        // Lumps are fixed to the plaque, so they squash with it rather than slide.
        const lumps =
          PLAQUE_LUMPS * b * angularNoise(((s - artery.plaqueStart) / span) * 9, theta, 9);
        return artery.lumenRadius(s, st.c) - PLAQUE_COAT * (1 - b) + lumps * (1 - 0.6 * st.c);
      },
    };
  }, [artery]);

  useFrame(() => {
    const c = derived.compression;
    if (!shape.changed(c)) return;
    shape.st.c = c;
    const { centreline, plaqueStart, plaqueEnd } = artery;
    shellInto(
      wall,
      centreline,
      0,
      centreline.length,
      WALL_LAYOUT,
      shape.wallOuter,
      shape.wallInner,
    );
    shellInto(
      plaque,
      centreline,
      plaqueStart - 0.5,
      plaqueEnd + 0.5,
      PLAQUE_LAYOUT,
      shape.plaqueRoot,
      shape.plaqueFace,
    );
  });

  return (
    <group name="artery">
      <mesh name="artery-wall" geometry={wall} material={materials.wall} />
      <mesh name="plaque" geometry={plaque} material={materials.plaque} />
    </group>
  );
}
