import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { CameraCommands } from './cameraCommands.ts';
import { useOrbitControls } from './useOrbitControls.ts';

/** Connects the on-screen view buttons to the orbit controls. */
export function CameraCommandBridge({
  commands,
  onUserCamera,
  onTestHandle,
}: {
  commands: CameraCommands;
  onUserCamera: () => void;
  /** Hands the commands to the browser tests' handle. */
  onTestHandle?: (part: { cameraCommands: CameraCommands }) => void;
}) {
  // drei's <OrbitControls makeDefault> registers itself as the default controls.
  const controls = useOrbitControls();
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => onTestHandle?.({ cameraCommands: commands }), [commands, onTestHandle]);
  useEffect(() => {
    if (!controls) return;
    return commands.install({
      turn(azimuth, polar) {
        onUserCamera();
        controls.setAzimuthalAngle(controls.getAzimuthalAngle() + azimuth);
        controls.setPolarAngle(controls.getPolarAngle() + polar);
        controls.update();
        invalidate();
      },
      zoom(factor) {
        onUserCamera();
        // three-stdlib multiplies the distance by dollyIn's scale and divides it by
        // dollyOut's, so zooming in (factor > 1) is dollyIn by a scale under 1.
        if (factor > 1) controls.dollyIn(1 / factor);
        else controls.dollyOut(factor);
        controls.update();
        invalidate();
      },
    });
  }, [commands, controls, invalidate, onUserCamera]);
  return null;
}
