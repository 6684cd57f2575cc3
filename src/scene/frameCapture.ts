/**
 * A handle on the live 3D picture for the printed handout: the scene registers a function
 * that draws the current timeline moment and returns it as a JPEG data URL. Nothing is
 * stored or sent; the pictures live only in the page while it prints.
 */
export type CaptureFrame = () => string;

let current: CaptureFrame | undefined;

/** Registers the capture function; returns a function that unregisters it. */
export function setFrameCapture(capture: CaptureFrame): () => void {
  current = capture;
  return () => {
    if (current === capture) current = undefined;
  };
}

/** The capture function, or undefined where no 3D picture is drawn (no WebGL). */
export function frameCapture(): CaptureFrame | undefined {
  return current;
}
