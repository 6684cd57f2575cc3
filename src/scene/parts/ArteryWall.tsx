import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import {
  createArteryShells,
  PLAQUE_LAYOUT,
  type ShellShape,
  WALL_LAYOUT,
} from '../../../models/arteryShells.ts';
import { allRings } from '../../../models/sweep.ts';
import type { BufferGeometry } from 'three';
import { useSceneModel } from '../sceneContext.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { createChangeTracker, shellRingsInto, useShellGeometry } from '../useSweptGeometry.ts';

/** Writes a shell whole (`fresh`), or only the rings the compression moves. */
function writeShape(geometry: BufferGeometry, shape: ShellShape, fresh: boolean): void {
  const rings = fresh ? allRings(shape.frame.layout) : shape.squashed;
  shellRingsInto(geometry, shape.frame, shape.outer, shape.inner, rings, fresh);
}

/**
 * The artery: its wall (a thick tube) and the fatty plaque inside it, both cut open. Built
 * whole once per artery; as the plaque is squashed, only its stretch is rewritten.
 */
export function ArteryWall() {
  const { artery, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const wall = useShellGeometry(WALL_LAYOUT);
  const plaque = useShellGeometry(PLAQUE_LAYOUT);
  const shape = useMemo(
    () => ({ shells: createArteryShells(artery), changed: createChangeTracker(), built: false }),
    [artery],
  );

  useFrame(() => {
    const c = derived.compression;
    if (!shape.changed(c)) return;
    const fresh = !shape.built;
    shape.built = true;
    shape.shells.compression = c;
    writeShape(wall, shape.shells.wall, fresh);
    writeShape(plaque, shape.shells.plaque, fresh);
  });

  return (
    <group name="artery">
      <mesh name="artery-wall" geometry={wall} material={materials.wall} />
      <mesh name="plaque" geometry={plaque} material={materials.plaque} />
    </group>
  );
}
