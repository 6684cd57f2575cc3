/**
 * Turning and zooming the 3D view from outside the canvas (on-screen buttons, keys). The
 * scene installs the implementation; the DOM controls only call it.
 */
export interface CameraCommands {
  /** Turns the view around the point it looks at (radians: left/right, up/down). */
  turn(azimuth: number, polar: number): void;
  /** Moves closer (factor > 1) or further away (factor < 1). */
  zoom(factor: number): void;
  install(impl: Pick<CameraCommands, 'turn' | 'zoom'>): () => void;
}

export function createCameraCommands(): CameraCommands {
  let impl: Pick<CameraCommands, 'turn' | 'zoom'> | null = null;
  return {
    turn: (a, p) => impl?.turn(a, p),
    zoom: (f) => impl?.zoom(f),
    install(next) {
      impl = next;
      return () => {
        if (impl === next) impl = null;
      };
    },
  };
}
