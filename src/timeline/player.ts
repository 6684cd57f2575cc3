import { gsap } from 'gsap';
import type { Procedure } from '../content/schema.ts';
import { readingSeconds } from '../content/readingTime.ts';
import { buildTimeline } from './buildTimeline.ts';
import type { ShotResolver } from './cameraPose.ts';
import type { Landmarks } from './landmarks.ts';
import type { SceneState } from './sceneState.ts';
import {
  type StageSlot,
  captionAt,
  captionPictureTime,
  stageIndexAt,
  stageSlots,
} from './schedule.ts';

/** What a player tells its listeners: every time change, and changes of play state. */
export type PlayerEvent = 'time' | 'play' | 'pause' | 'ended' | 'speed';

export const SPEEDS = [0.5, 1, 1.5] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * Plays the master timeline. Owns nothing but the timeline: the scene reads `state`, the
 * controls call these methods and listen for events. No React, so it is unit-testable.
 */
export interface Player {
  readonly state: SceneState;
  readonly slots: readonly StageSlot[];
  readonly duration: number;
  time(): number;
  playing(): boolean;
  speed(): Speed;
  stageIndex(): number;
  play(): void;
  pause(): void;
  toggle(): void;
  /** Jumps to a time (clamped); keeps playing if it was playing. */
  seek(t: number): void;
  /** Jumps to the start of a stage. */
  goToStage(index: number): void;
  next(): void;
  previous(): void;
  restart(): void;
  setSpeed(speed: Speed): void;
  /**
   * Still pictures instead of motion (reduced motion): Play then steps from one caption's
   * finished picture to the next, pausing long enough to read each, with nothing moving.
   */
  setStills(on: boolean): void;
  stills(): boolean;
  subscribe(listener: (event: PlayerEvent) => void): () => void;
  dispose(): void;
}

declare global {
  interface Window {
    /**
     * Set by the browser tests before the page loads (tests/browser/helpers.ts): story time
     * then follows the page's clock exactly, however slowly frames are drawn.
     */
    __pciExplainerExactClock?: boolean;
  }
}

/**
 * GSAP's lag smoothing counts a frame that took over half a second as 33 ms, so a slow
 * frame never jumps the story. On a software GPU every frame can be that slow, and a test
 * that moves the page's clock on (Playwright's `page.clock`) would see the story crawl.
 * Under test, and only there, the story keeps to the clock.
 */
function keepToTheClockUnderTest(): void {
  if (typeof window !== 'undefined' && window.__pciExplainerExactClock === true)
    gsap.ticker.lagSmoothing(0);
}

/** Pressing "previous" this soon after a stage starts goes to the stage before it. */
const PREVIOUS_GRACE = 1.5;
/** Extra seconds each still stays up after its caption has been read. */
const STILL_PAUSE = 1.5;

/**
 * The times of the still pictures: the end of each caption's time on screen, when what it
 * describes has happened, before the camera leaves for the next stage (captionPictureTime).
 */
export function stillTimes(slots: readonly StageSlot[]): number[] {
  return slots.flatMap((slot) =>
    slot.stage.captions.map((_, i) => captionPictureTime(slots, slot.index, i)),
  );
}

export function createPlayer(
  procedure: Procedure,
  landmarks: Landmarks,
  resolveShot?: ShotResolver,
): Player {
  keepToTheClockUnderTest();
  const { timeline, state, duration } = buildTimeline(procedure, landmarks, resolveShot);
  const slots = stageSlots(procedure);
  const listeners = new Set<(event: PlayerEvent) => void>();
  let currentSpeed: Speed = 1;
  const stills = stillTimes(slots);
  let stillsMode = false;
  let stillsPlaying = false;
  let stillsTimer: ReturnType<typeof setTimeout> | undefined;
  const stopStills = (): void => {
    clearTimeout(stillsTimer);
    stillsPlaying = false;
  };
  const emit = (event: PlayerEvent): void => {
    for (const l of listeners) l(event);
  };

  timeline.eventCallback('onUpdate', () => emit('time'));
  timeline.eventCallback('onComplete', () => {
    timeline.pause();
    emit('pause');
    emit('ended');
  });

  const seek = (t: number): void => {
    const clamped = Math.min(Math.max(Number.isNaN(t) ? 0 : t, 0), duration);
    timeline.seek(clamped, true);
    emit('time');
  };

  const player: Player = {
    state,
    slots,
    duration,
    time: () => timeline.time(),
    playing: () => (stillsMode ? stillsPlaying : !timeline.paused()),
    speed: () => currentSpeed,
    stageIndex: () => stageIndexAt(slots, timeline.time()),
    play() {
      if (timeline.time() >= duration - 1e-6) timeline.seek(0, true);
      if (stillsMode) {
        const step = (): void => {
          const next = stills.find((x) => x > timeline.time() + 1e-3);
          if (next === undefined) {
            stillsPlaying = false;
            emit('pause');
            emit('ended');
            return;
          }
          seek(next);
          const wait =
            readingSeconds(captionAt(slots, next).caption.text) / currentSpeed + STILL_PAUSE;
          stillsTimer = setTimeout(step, wait * 1000);
        };
        stopStills();
        stillsPlaying = true;
        emit('play');
        step();
        return;
      }
      timeline.play();
      emit('play');
    },
    pause() {
      stopStills();
      timeline.pause();
      emit('pause');
    },
    toggle() {
      if (player.playing()) player.pause();
      else player.play();
    },
    seek,
    goToStage(index) {
      const slot = slots[Math.min(Math.max(index, 0), slots.length - 1)];
      if (slot) seek(slot.start);
    },
    next() {
      const i = player.stageIndex();
      if (i + 1 < slots.length) player.goToStage(i + 1);
      else seek(duration);
    },
    previous() {
      const i = player.stageIndex();
      const slot = slots[i];
      const intoStage = slot ? timeline.time() - slot.start : 0;
      player.goToStage(intoStage < PREVIOUS_GRACE ? i - 1 : i);
    },
    restart() {
      seek(0);
    },
    setSpeed(speed) {
      currentSpeed = speed;
      timeline.timeScale(speed);
      emit('speed');
    },
    setStills(on) {
      if (on === stillsMode) return;
      const wasPlaying = player.playing();
      player.pause();
      stillsMode = on;
      if (wasPlaying) player.play();
    },
    stills: () => stillsMode,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stopStills();
      listeners.clear();
      timeline.kill();
    },
  };
  return player;
}
