import type { Artery } from '../../models/artery.ts';
import {
  type BalloonPose,
  balloonMaxRadius,
  balloonShaftRadius,
  balloonTipEnd,
} from '../../models/balloon.ts';
import { GUIDE_CATHETER_OUTER_DIAMETER, GUIDEWIRE_DIAMETER } from '../../models/dimensions.ts';
import { blockageStart, flowThroughClot } from '../../models/clot.ts';
import { type DevicesInLesion, effectiveCompression } from '../../models/fit.ts';
import { STENT_DESIGN, stentRadius } from '../../models/stent.ts';
import type { SceneState } from './sceneState.ts';

/**
 * Values that several scene parts need, worked out from the timeline state in one place
 * once a frame. A pure function of the state, so seeking still gives the same picture.
 */
export interface Derived {
  /** How far the plaque is squashed, after making room for any device inside it. */
  compression: number;
  balloon: BalloonPose;
  /** Whether any of the balloon catheter has come out of the guide catheter. */
  balloonOut: boolean;
  /** Whether the guidewire is out of the guide catheter. */
  wireOut: boolean;
  /** The stent's proximal end (arc length) and whether it is on show. */
  stentStart: number;
  stentShown: boolean;
  /** Where a blood clot closes the channel (arc length), or Infinity where it is open. */
  blockedAt: number;
  /** Fraction of the normal flow that gets past the clot (1 without one). */
  flowThrough: number;
  /**
   * What blockedAt was last worked out for: finding it scans along the clot, so it is redone
   * only when one of these changes, not every frame.
   */
  blockedFor: { artery: Artery | null; compression: number; clot: number };
  /** The devices handed to effectiveCompression, filled in place each frame. */
  devices: DevicesInLesion;
  stentPose: NonNullable<DevicesInLesion['stent']>;
}

export function createDerived(): Derived {
  return {
    compression: 0,
    balloon: { centre: 0, length: 15, nominalDiameter: 2.5, inflation: 0 },
    balloonOut: false,
    wireOut: false,
    stentStart: 0,
    stentShown: false,
    blockedAt: Infinity,
    flowThrough: 1,
    blockedFor: { artery: null, compression: Number.NaN, clot: Number.NaN },
    devices: { balloon: null, stent: null },
    // Replaced by the artery's own stent design on the first update.
    stentPose: { design: STENT_DESIGN, start: 0, expansion: 0 },
  };
}

/** Parts within this distance behind the guide catheter's tip are hidden inside it. */
const HIDDEN_INSIDE = 0.3;

export function updateDerived(d: Derived, state: SceneState, artery: Artery): Derived {
  const b = d.balloon;
  b.centre = state.balloonCentre;
  b.length = state.balloonLength;
  b.nominalDiameter = state.balloonDiameter;
  b.inflation = state.balloonInflation;
  d.balloonOut = balloonTipEnd(b) > state.guideTip - HIDDEN_INSIDE;
  d.wireOut = state.wireTip > state.guideTip - HIDDEN_INSIDE;
  const design = artery.stent;
  d.stentShown = state.stentVisible > 0.5 && state.stentCentre + design.length / 2 > state.guideTip;
  d.stentStart = state.stentCentre - design.length / 2;
  const pose = d.stentPose;
  pose.design = design;
  pose.start = d.stentStart;
  pose.expansion = state.stentExpansion;
  d.devices.balloon = d.balloonOut ? b : null;
  d.devices.stent = d.stentShown ? pose : null;
  d.compression = effectiveCompression(artery, state.plaqueCompression, d.devices);
  const f = d.blockedFor;
  if (f.artery !== artery || f.compression !== d.compression || f.clot !== state.clot) {
    f.artery = artery;
    f.compression = d.compression;
    f.clot = state.clot;
    d.blockedAt = blockageStart(artery, d.compression, state.clot);
  }
  d.flowThrough = flowThroughClot(state.clot, d.compression);
  return d;
}

/**
 * Radius of whatever device occupies the middle of the artery at s (0 where there is none):
 * blood cells flow around it.
 */
export function deviceRadiusAt(d: Derived, state: SceneState, artery: Artery, s: number): number {
  let r = 0;
  if (s <= state.guideTip) r = GUIDE_CATHETER_OUTER_DIAMETER / 2;
  if (d.wireOut && s <= state.wireTip) r = Math.max(r, GUIDEWIRE_DIAMETER / 2);
  if (d.balloonOut && s <= balloonTipEnd(d.balloon)) {
    r = Math.max(r, balloonShaftRadius(d.balloon, s), balloonMaxRadius(d.balloon, s));
  }
  if (d.stentShown && state.stentExpansion < 0.999) {
    const design = artery.stent;
    const start = d.stentStart;
    if (s >= start && s <= start + design.length) {
      r = Math.max(r, stentRadius(design, state.stentExpansion) + design.strutThickness / 2);
    }
  }
  return r;
}
