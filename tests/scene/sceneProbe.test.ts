import { describe, expect, it } from 'vitest';
import { PerspectiveCamera } from 'three';
import { createViewWatch, type SceneView } from '../../src/scene/sceneProbe.ts';

function view(): SceneView {
  const camera = new PerspectiveCamera(32, 1.5, 0.5, 600);
  camera.position.set(0, 13, 80);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  return { camera, width: 900, height: 600 };
}

describe('the view watch', () => {
  it('reports the first view, then nothing until the camera or canvas changes', () => {
    const changed = createViewWatch();
    const v = view();
    expect(changed(v)).toBe(true);
    v.camera.updateMatrixWorld();
    expect(changed(v)).toBe(false);

    v.camera.position.x += 1;
    v.camera.updateMatrixWorld();
    expect(changed(v)).toBe(true);
    expect(changed(v)).toBe(false);

    v.camera.zoom = 2;
    v.camera.updateProjectionMatrix();
    expect(changed(v)).toBe(true);

    expect(changed({ ...v, width: 901 })).toBe(true);
    expect(changed({ ...v, width: 901, height: 500 })).toBe(true);
    expect(changed({ ...v, width: 901, height: 500 })).toBe(false);
  });
});
