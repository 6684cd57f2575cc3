import { gsap } from 'gsap';
import { HEALTHY_TRANSIT_SECONDS } from '../../models/bloodFlow.ts';
import { flowThroughClot } from '../../models/clot.ts';
import { SCENE_KEYS, type SceneKey } from '../content/sceneKeys.ts';
import type { Procedure, Shot } from '../content/schema.ts';
import {
  arteryShots,
  nearestAngle,
  panFraction,
  poseOf,
  type ShotResolver,
  viewHalfHeight,
  zoomOutFor,
} from './cameraPose.ts';
import { type Landmarks, resolvePosition } from './landmarks.ts';
import { CAMERA_KEYS, type SceneState } from './sceneState.ts';
import { stageSlots, totalDuration } from './schedule.ts';

/**
 * The master timeline: one paused GSAP timeline, built from the content, that animates a
 * plain SceneState. Every tween is a fromTo whose start value is the previous tween's end
 * value, so the state at any time depends only on that time: seeking there in any order
 * gives the same picture as playing there.
 */
export interface ProcedureTimeline {
  readonly timeline: gsap.core.Timeline;
  readonly state: SceneState;
  readonly duration: number;
}

/** Flow phase is sampled this often (s) and followed linearly in between. */
const FLOW_STEP = 0.25;
/** How every guided camera move starts and settles. */
const CAMERA_EASE = 'power2.inOut';

type Values = Partial<Record<keyof SceneState, number>>;

function cameraOf(shot: Shot, resolve: ShotResolver): Values {
  return { ...poseOf(resolve(shot)) };
}

function shotFor(procedure: Procedure, name: string): Shot {
  const shot = procedure.shots[name];
  if (!shot) throw new Error(`Unknown shot "${name}"`);
  return shot;
}

/** The state at time 0: content's initial values, the first stage's shot, no flow yet. */
export function initialState(
  procedure: Procedure,
  landmarks: Landmarks,
  resolve: ShotResolver = arteryShots,
): SceneState {
  const first = procedure.stages[0];
  if (!first) throw new Error('The procedure has no stages');
  const state = { flowPhase: 0 } as SceneState;
  for (const key of SCENE_KEYS) {
    const value = procedure.initial[key];
    if (value === undefined) throw new Error(`No initial value for ${key}`);
    state[key] = resolvePosition(value, landmarks);
  }
  Object.assign(state, cameraOf(shotFor(procedure, first.shot), resolve));
  return state;
}

/** Adds every content-driven tween (camera shots and stage actions) to `tl`, animating `state`. */
function addContentTweens(
  tl: gsap.core.Timeline,
  procedure: Procedure,
  landmarks: Landmarks,
  state: SceneState,
  resolve: ShotResolver,
): void {
  const current: SceneState = { ...state };
  const fromTo = (
    at: number,
    to: Values,
    duration: number,
    ease: string | ((p: number) => number),
  ): void => {
    const from: Values = {};
    for (const key of Object.keys(to) as (keyof SceneState)[]) from[key] = current[key];
    Object.assign(current, to);
    tl.fromTo(state, from, { ...to, duration, ease, immediateRender: false, lazy: false }, at);
  };

  // One continuous zoom between shots of any scale: distance in log space, turns the short
  // way, the look-at point moving with the view's size (cameraPose.ts), and a gentle
  // zoom-out when the move pans further than the picture is wide.
  const moveCamera = (at: number, to: Values, duration: number): void => {
    const target = { ...to };
    target.camAzimuth = nearestAngle(current.camAzimuth, to.camAzimuth ?? 0);
    target.camRoll = nearestAngle(current.camRoll, to.camRoll ?? 0);
    const halfFrom = viewHalfHeight(current.camLogDistance, current.fov);
    const halfTo = viewHalfHeight(target.camLogDistance ?? 0, target.fov ?? current.fov);
    const pan = Math.hypot(
      (target.lookX ?? 0) - current.lookX,
      (target.lookY ?? 0) - current.lookY,
      (target.lookZ ?? 0) - current.lookZ,
    );
    const base = gsap.parseEase(CAMERA_EASE);
    const ratio = halfTo / halfFrom;
    const panEase = (p: number): number => panFraction(base(p), ratio);
    // The zoom-out has its own tweens below; the pose's own value is always 0.
    delete target.camZoomOut;
    const { lookX, lookY, lookZ, ...view } = target;
    fromTo(at, view, duration, CAMERA_EASE);
    const look: Values = {
      ...(lookX !== undefined && { lookX }),
      ...(lookY !== undefined && { lookY }),
      ...(lookZ !== undefined && { lookZ }),
    };
    fromTo(at, look, duration, panEase);
    const bump = zoomOutFor(pan, halfFrom, halfTo);
    if (bump > 0.01) {
      fromTo(at, { camZoomOut: bump }, duration / 2, 'sine.inOut');
      fromTo(at + duration / 2, { camZoomOut: 0 }, duration / 2, 'sine.inOut');
    }
  };

  for (const slot of stageSlots(procedure)) {
    const { stage, start } = slot;
    tl.addLabel(stage.id, start);
    const camera = cameraOf(shotFor(procedure, stage.shot), resolve);
    if (CAMERA_KEYS.some((k) => camera[k] !== current[k])) {
      // The camera arrives as the stage begins (moving during the end of the stage before),
      // so a stage opened by its link or chapter shows its own view straight away.
      moveCamera(Math.max(0, start - stage.shotTransition), camera, stage.shotTransition);
    }
    const actions = [...stage.actions].sort((a, b) => a.at - b.at);
    for (const action of actions) {
      const to: Values = {};
      for (const [key, value] of Object.entries(action.to) as [SceneKey, number | string][]) {
        to[key] = resolvePosition(value, landmarks);
      }
      fromTo(start + action.at, to, action.duration, action.ease);
    }
  }
}

/** The flow actually moving: the content's rate, less whatever a blood clot holds back. */
const movingFlow = (s: SceneState): number =>
  s.flowRate * flowThroughClot(s.clot, s.plaqueCompression);

/** Integrates the flow rate into a flow phase, sampled every FLOW_STEP seconds. */
function flowPhaseTable(procedure: Procedure, landmarks: Landmarks, duration: number): number[] {
  const scratch = initialState(procedure, landmarks);
  const tl = gsap.timeline({ paused: true });
  addContentTweens(tl, procedure, landmarks, scratch, arteryShots);
  const steps = Math.ceil(duration / FLOW_STEP);
  const phases: number[] = [0];
  let previousRate = movingFlow(scratch);
  let phase = 0;
  for (let k = 1; k <= steps; k++) {
    tl.seek(Math.min(k * FLOW_STEP, duration), true);
    const rate = movingFlow(scratch);
    phase += (((previousRate + rate) / 2) * FLOW_STEP) / HEALTHY_TRANSIT_SECONDS;
    phases.push(phase);
    previousRate = rate;
  }
  tl.kill();
  return phases;
}

/**
 * `resolve` places the content's shots in the scene for the patient's case (cameraPose.ts:
 * shotResolver(placeAnatomy(case, artery))); without it every shot is in artery coordinates.
 */
export function buildTimeline(
  procedure: Procedure,
  landmarks: Landmarks,
  resolve: ShotResolver = arteryShots,
): ProcedureTimeline {
  const duration = totalDuration(procedure);
  const state = initialState(procedure, landmarks, resolve);
  const timeline = gsap.timeline({ paused: true });
  addContentTweens(timeline, procedure, landmarks, state, resolve);

  const phases = flowPhaseTable(procedure, landmarks, duration);
  for (let k = 0; k + 1 < phases.length; k++) {
    const at = k * FLOW_STEP;
    timeline.fromTo(
      state,
      { flowPhase: phases[k] ?? 0 },
      {
        flowPhase: phases[k + 1] ?? 0,
        duration: Math.min(FLOW_STEP, duration - at),
        ease: 'none',
        immediateRender: false,
        lazy: false,
      },
      at,
    );
  }
  // The timeline ends exactly when the last stage does.
  timeline.addLabel('end', duration);
  timeline.seek(0, true);
  return { timeline, state, duration };
}
