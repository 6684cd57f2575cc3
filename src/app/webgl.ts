/**
 * Whether this device can draw the 3D picture. Checked once, before the renderer is made,
 * so a device without WebGL gets the written fallback quietly instead of an error.
 */
export function canUseWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    // Free the test context straight away: browsers allow only a few at once.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
