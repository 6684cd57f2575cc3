import type { Artery } from '../../models/artery.ts';
import { balloonMaxRadius, balloonTipEnd } from '../../models/balloon.ts';
import { stentRadius } from '../../models/stent.ts';
import type { Vec3 } from '../../models/vec3.ts';
import type { UiKey } from '../i18n/types.ts';
import type { Derived } from '../timeline/derived.ts';
import type { SceneState } from '../timeline/sceneState.ts';

/**
 * The parts the labels name, in the order they claim space (most important first), each with
 * the pack key of its name.
 */
export const PARTS = [
  { id: 'plaque', name: 'clinician.part.plaque' },
  { id: 'stent', name: 'clinician.part.stent' },
  { id: 'balloon', name: 'clinician.part.balloon' },
  { id: 'guidewire', name: 'clinician.part.guidewire' },
  { id: 'catheter', name: 'clinician.part.catheter' },
  { id: 'wall', name: 'clinician.part.wall' },
  { id: 'flow', name: 'clinician.part.flow' },
] as const satisfies readonly { id: string; name: UiKey }[];
export type PartId = (typeof PARTS)[number]['id'];

const p: Vec3 = [0, 0, 0];
const n: Vec3 = [0, 0, 0];

/** Writes the point `across` mm from the centreline at s (towards the top edge of the picture). */
function onSection(artery: Artery, s: number, across: number, out: Vec3): void {
  artery.centreline.pointAt(s, p);
  artery.centreline.normalAt(s, n);
  out[0] = p[0] + n[0] * across;
  out[1] = p[1] + n[1] * across;
  // The artery is cut open along z = 0; the back half (z < 0) is what shows.
  out[2] = 0;
}

/**
 * Where to pin a part's label in the model (mm), and whether the part is on show at this
 * moment of the timeline. A pure function of the timeline state, like the scene itself.
 */
export function partAnchor(
  id: PartId,
  artery: Artery,
  state: SceneState,
  derived: Derived,
  out: Vec3,
): boolean {
  const c = derived.compression;
  const length = artery.centreline.length;
  switch (id) {
    case 'wall': {
      const s = artery.lesionCentre - 10;
      onSection(artery, s, artery.wallInnerRadius(s, c) + artery.vessel.wallThickness / 2, out);
      return true;
    }
    case 'plaque': {
      // On the cut face along the top edge, just past the middle: clear of any device.
      const s = artery.lesionCentre + 3;
      onSection(artery, s, (artery.lumenRadius(s, c) + artery.wallInnerRadius(s, c)) / 2, out);
      return true;
    }
    case 'catheter': {
      const s = state.guideTip - 3;
      onSection(artery, s, 0, out);
      return state.guideTip > 2;
    }
    case 'guidewire': {
      // Just ahead of the balloon when there is one, so the label points at bare wire.
      const ahead = derived.balloonOut ? balloonTipEnd(derived.balloon) + 3 : state.wireTip;
      const s = Math.min(ahead, state.wireTip - 1, length - 1);
      onSection(artery, s, 0, out);
      return derived.wireOut && state.wireTip > state.guideTip + 3;
    }
    case 'balloon': {
      const b = derived.balloon;
      onSection(artery, b.centre - 2, -balloonMaxRadius(b, b.centre) * 0.6, out);
      return derived.balloonOut && b.centre - b.length / 2 > state.guideTip;
    }
    case 'stent': {
      const s = state.stentCentre + artery.stent.length / 4;
      onSection(artery, s, stentRadius(artery.stent, state.stentExpansion), out);
      return derived.stentShown;
    }
    case 'flow': {
      const s = artery.plaqueEnd + 4;
      onSection(artery, s, -0.6, out);
      out[2] = -0.6;
      return state.flowRate > 0.05;
    }
  }
}
