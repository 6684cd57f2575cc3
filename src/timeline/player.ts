import type { Procedure } from '../content/schema.ts';
import { buildTimeline } from './buildTimeline.ts';
import type { Landmarks } from './landmarks.ts';
import type { SceneState } from './sceneState.ts';
import { type StageSlot, stageIndexAt, stageSlots } from './schedule.ts';

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
  subscribe(listener: (event: PlayerEvent) => void): () => void;
  dispose(): void;
}

/** Pressing "previous" this soon after a stage starts goes to the stage before it. */
const PREVIOUS_GRACE = 1.5;

export function createPlayer(procedure: Procedure, landmarks: Landmarks): Player {
  const { timeline, state, duration } = buildTimeline(procedure, landmarks);
  const slots = stageSlots(procedure);
  const listeners = new Set<(event: PlayerEvent) => void>();
  let currentSpeed: Speed = 1;
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
    playing: () => !timeline.paused(),
    speed: () => currentSpeed,
    stageIndex: () => stageIndexAt(slots, timeline.time()),
    play() {
      if (timeline.time() >= duration - 1e-6) timeline.seek(0, true);
      timeline.play();
      emit('play');
    },
    pause() {
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
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      timeline.kill();
    },
  };
  return player;
}
