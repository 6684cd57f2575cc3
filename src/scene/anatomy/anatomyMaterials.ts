import {
  BackSide,
  Color,
  DoubleSide,
  type Material,
  MeshBasicMaterial,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
} from 'three';
import { PALETTE } from '../materials.ts';

/**
 * The body-scale palette: a calm grey-blue translucent body (a medical illustration's
 * "ghosted" figure), a warm red heart, brighter red arteries, the chosen route glowing a
 * soft gold, the catheter the same pale blue as in the close-up.
 */
export const ANATOMY_PALETTE = {
  body: '#6f8fb5',
  // The heart as in a textbook: warm muscle, darker atria, a red aorta, blue veins and a
  // blue-violet pulmonary trunk (it carries blood low in oxygen).
  heart: '#a8402f',
  atrium: '#93393a',
  aorta: '#c94a3c',
  pulmonary: '#6f78b8',
  heartVein: '#5d7bb8',
  // The coronary arteries: a deeper, more saturated red than the muscle, with a pale rim.
  coronary: '#d8141f',
  coronaryRim: '#fff0dc',
  vessel: '#c4544a',
  // Muscle short of blood looks pale (dusky pink-grey).
  starved: '#dcbcbf',
  glow: '#ffc94d',
  entry: '#005eb8',
  closure: '#9cc9f0',
  pump: '#138f86',
  device: '#34c7b8',
  wire: '#34404c',
  vein: '#5f7fb8',
  lesion: '#ffd02e',
} as const;

/** Edge-glow for the body: more opaque where the surface turns away, clear face-on. */
function rimLight(material: MeshStandardMaterial): void {
  material.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <dithering_fragment>',
      `#include <dithering_fragment>
  float facing = abs(dot(normalize(normal), normalize(vViewPosition)));
  float rim = pow(1.0 - facing, 2.0);
  gl_FragColor.rgb = mix(gl_FragColor.rgb, vec3(0.85, 0.91, 0.98), rim * 0.35);
  gl_FragColor.a *= mix(0.5, 1.0, rim);`,
    );
  };
  material.customProgramCacheKey = () => 'anatomy-body-rim';
}

export function createAnatomyMaterials() {
  const body = new MeshStandardMaterial({
    color: ANATOMY_PALETTE.body,
    roughness: 0.6,
    transparent: true,
    opacity: 0.55,
    depthWrite: false,
  });
  rimLight(body);
  const catheter = new MeshPhysicalMaterial({
    color: PALETTE.catheter,
    roughness: 0.3,
    clearcoat: 0.6,
    transparent: true,
  });
  const solid = (color: string, extra: Partial<MeshPhysicalMaterial> = {}) =>
    new MeshPhysicalMaterial({
      color,
      roughness: 0.5,
      clearcoat: 0.3,
      clearcoatRoughness: 0.5,
      sheen: 0.35,
      sheenColor: new Color('#ffb3a6'),
      transparent: true,
      ...extra,
    });
  return {
    body,
    // Colours come from the mesh (heartColours): muscle, atria, aorta, pulmonary trunk.
    heart: solid('#ffffff', { roughness: 0.6, vertexColors: true }),
    arch: solid(ANATOMY_PALETTE.aorta, { roughness: 0.55 }),
    coronary: solid(ANATOMY_PALETTE.coronary, {
      roughness: 0.35,
      clearcoat: 0.8,
      clearcoatRoughness: 0.25,
      sheen: 0,
      emissive: new Color('#4a0006'),
    }),
    // Seen from inside a slightly wider copy: a thin pale outline along each artery.
    coronaryRim: new MeshBasicMaterial({
      color: ANATOMY_PALETTE.coronaryRim,
      side: BackSide,
      transparent: true,
      toneMapped: false,
    }),
    vessel: solid(ANATOMY_PALETTE.vessel, { opacity: 0.6, depthWrite: false }),
    // Per-vertex alpha (starvedWeights) gives the territory a soft edge.
    starved: new MeshStandardMaterial({
      color: '#ffffff',
      vertexColors: true,
      roughness: 0.8,
      transparent: true,
      opacity: 1,
      depthWrite: false,
      polygonOffset: true,
      polygonOffsetFactor: -2,
      polygonOffsetUnits: -2,
    }),
    glow: new MeshBasicMaterial({
      color: ANATOMY_PALETTE.glow,
      transparent: true,
      opacity: 0.5,
      depthWrite: false,
      toneMapped: false,
    }),
    catheter,
    // The catheter in the arm or leg: its own copy, to fade with their vessels at heart scale.
    catheterLimb: catheter.clone(),
    // The catheter seen faintly through the aorta's wall (x-ray style), so it shows engaged
    // in the artery's opening inside the aortic root.
    catheterGhost: new MeshBasicMaterial({
      color: '#1f6fc0',
      transparent: true,
      opacity: 0.75,
      depthTest: false,
      depthWrite: false,
      toneMapped: false,
    }),
    // X-ray dye filling the heart's artery from the catheter (as the close-up's dye).
    dye: new MeshStandardMaterial({
      color: PALETTE.dye,
      roughness: 0.3,
      emissive: new Color('#9fc4ff'),
      emissiveIntensity: 0.35,
      transparent: true,
      opacity: 0.95,
    }),
    tip: new MeshBasicMaterial({ color: '#005eb8', transparent: true, toneMapped: false }),
    // The stretch of the route the catheter has already travelled.
    travelled: new MeshBasicMaterial({
      color: '#3b8fe0',
      transparent: true,
      opacity: 0.9,
      depthWrite: false,
      toneMapped: false,
    }),
    entry: new MeshBasicMaterial({
      color: ANATOMY_PALETTE.entry,
      transparent: true,
      side: DoubleSide,
      toneMapped: false,
    }),
    closure: new MeshPhysicalMaterial({
      color: ANATOMY_PALETTE.closure,
      roughness: 0.2,
      clearcoat: 1,
      transparent: true,
      opacity: 0.6,
      side: DoubleSide,
      depthWrite: false,
    }),
    pump: new MeshPhysicalMaterial({
      color: ANATOMY_PALETTE.pump,
      roughness: 0.3,
      clearcoat: 1,
      transparent: true,
      opacity: 0.95,
    }),
    wire: new MeshStandardMaterial({
      color: ANATOMY_PALETTE.wire,
      roughness: 0.35,
      metalness: 0.5,
      transparent: true,
    }),
    // A soft halo round the balloon pump and the pacing wire, so they read at body scale.
    deviceGlow: new MeshBasicMaterial({
      color: ANATOMY_PALETTE.device,
      transparent: true,
      opacity: 0.5,
      depthWrite: false,
      toneMapped: false,
    }),
    // The wire inside the heart, seen faintly through the muscle (x-ray style).
    wireGhost: new MeshBasicMaterial({
      color: ANATOMY_PALETTE.pump,
      transparent: true,
      opacity: 0.55,
      depthTest: false,
      depthWrite: false,
    }),
    vein: new MeshStandardMaterial({
      color: ANATOMY_PALETTE.vein,
      roughness: 0.5,
      transparent: true,
      opacity: 0.45,
      depthWrite: false,
    }),
    // The narrowing's halo: a calm, bright yellow ring, unlit so it reads on any side.
    // Drawn on top (see Anatomy.tsx: only while the camera faces the narrowing).
    lesion: new MeshBasicMaterial({
      color: ANATOMY_PALETTE.lesion,
      transparent: true,
      depthTest: false,
      depthWrite: false,
      toneMapped: false,
    }),
    lesionShade: new MeshBasicMaterial({
      color: '#5a3a00',
      transparent: true,
      opacity: 0.35,
      depthTest: false,
      depthWrite: false,
      toneMapped: false,
    }),
  };
}

export type AnatomyMaterials = ReturnType<typeof createAnatomyMaterials>;

/** Each material's own opacity, so the distance fade can scale it (a plain array: read every frame). */
export function baseOpacities(m: AnatomyMaterials): { material: Material; base: number }[] {
  return Object.values(m).map((material: Material) => ({ material, base: material.opacity }));
}
