import {
  BackSide,
  Color,
  DoubleSide,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
  Plane,
  Vector3,
  type Material,
} from 'three';

/**
 * The scene's palette, chosen to read like a medical illustration: a warm red artery,
 * creamy-yellow plaque, a silver stent, a clear balloon, a pale blue catheter, a dark red clot.
 */
export const PALETTE = {
  wall: '#b9473f',
  wallCut: '#e39a8c',
  plaque: '#f1d48a',
  plaqueCut: '#e7bf62',
  catheter: '#8db7e0',
  shaft: '#3f6fa3',
  wire: '#c8cdd4',
  balloon: '#c4e2ff',
  stent: '#dfe3e8',
  cell: '#b3222c',
  clot: '#5e1119',
  clotCut: '#7d2430',
  dye: '#f4f8ff',
} as const;

/**
 * The cutaway: everything on the viewer's side of z = 0 is clipped away, so the inside of
 * the artery shows. three.js discards fragments on the plane's negative side.
 */
export const CUTAWAY_PLANE = new Plane(new Vector3(0, 0, -1), 0);

/**
 * A closed solid cut open by the cutaway shows its inside (back) faces through the cut.
 * Painting those back faces one flat colour makes the cut read as a clean cross-section,
 * in the same draw call as the lit outside.
 */
export function withCutFace<T extends MeshStandardMaterial>(material: T, cutColor: string): T {
  // Colors are stored linear; the shader writes the final sRGB value, so convert back.
  const color = new Color(cutColor).convertLinearToSRGB();
  material.side = DoubleSide;
  material.clippingPlanes = [CUTAWAY_PLANE];
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uCutColor = { value: color };
    shader.fragmentShader = shader.fragmentShader
      .replace('void main() {', 'uniform vec3 uCutColor;\nvoid main() {')
      .replace(
        '#include <dithering_fragment>',
        // The cut colour is given in sRGB and shown as is, like an unlit flat paint.
        '#include <dithering_fragment>\n  if (!gl_FrontFacing) gl_FragColor = vec4(uCutColor, 1.0);',
      );
  };
  material.customProgramCacheKey = () => `cut-face-${cutColor}`;
  return material;
}

export function createMaterials() {
  const materials = {
    wall: withCutFace(
      new MeshPhysicalMaterial({
        color: PALETTE.wall,
        roughness: 0.55,
        clearcoat: 0.35,
        clearcoatRoughness: 0.45,
        sheen: 0.4,
        sheenColor: new Color('#ffb3a6'),
      }),
      PALETTE.wallCut,
    ),
    plaque: withCutFace(
      new MeshStandardMaterial({ color: PALETTE.plaque, roughness: 0.75 }),
      PALETTE.plaqueCut,
    ),
    catheter: new MeshPhysicalMaterial({ color: PALETTE.catheter, roughness: 0.3, clearcoat: 0.6 }),
    catheterInside: new MeshStandardMaterial({ color: '#5c86b3', roughness: 0.6, side: BackSide }),
    shaft: new MeshStandardMaterial({ color: PALETTE.shaft, roughness: 0.35, metalness: 0.1 }),
    wire: new MeshStandardMaterial({ color: PALETTE.wire, roughness: 0.22, metalness: 0.95 }),
    balloon: new MeshPhysicalMaterial({
      color: PALETTE.balloon,
      roughness: 0.12,
      clearcoat: 1,
      transparent: true,
      opacity: 0.42,
      depthWrite: false,
      side: DoubleSide,
    }),
    stent: new MeshStandardMaterial({ color: PALETTE.stent, roughness: 0.2, metalness: 1 }),
    cell: new MeshStandardMaterial({ color: PALETTE.cell, roughness: 0.45 }),
    // A blood clot: dark red and matt, soft rather than shiny, so it reads apart from the wall.
    clot: withCutFace(
      new MeshPhysicalMaterial({
        color: PALETTE.clot,
        roughness: 0.8,
        sheen: 0.5,
        sheenColor: new Color('#c0505a'),
      }),
      PALETTE.clotCut,
    ),
    dye: new MeshStandardMaterial({
      color: PALETTE.dye,
      roughness: 0.3,
      emissive: new Color('#9fc4ff'),
      emissiveIntensity: 0.35,
      transparent: true,
      opacity: 0,
      depthWrite: false,
      // Only the far half of the dye survives the cutaway, and it faces away from the viewer.
      side: BackSide,
      clippingPlanes: [CUTAWAY_PLANE],
    }),
  };
  return materials;
}

export type SceneMaterials = ReturnType<typeof createMaterials>;

export function disposeAll(materials: Record<string, Material>): void {
  for (const m of Object.values(materials)) m.dispose();
}
