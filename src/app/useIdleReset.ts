import { useCallback, useEffect, useRef, useState } from 'react';
import type { Player } from '../timeline/player.ts';

/** How long "Are you still there?" shows before the explainer starts again, in seconds. */
export const IDLE_PROMPT_SECONDS = 30;

/** What counts as someone using the tablet. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface IdleReset {
  /** "Are you still there?" is showing. */
  asking: boolean;
  /** The person answered: carry on, the wait starts again. */
  stay: () => void;
}

/**
 * The hospital's optional idle reset: after `seconds` without a touch or a key (not counting
 * time while the explainer plays, as someone is watching), asks "Are you still there?", and
 * `IDLE_PROMPT_SECONDS` later, with no answer, calls `onReset`. Off when `seconds` is null.
 */
export function useIdleReset(
  seconds: number | null,
  player: Player,
  onReset: () => void,
): IdleReset {
  const [asking, setAsking] = useState(false);
  const [activity, setActivity] = useState(0);
  const [playing, setPlaying] = useState(() => player.playing());
  const reset = useRef(onReset);
  useEffect(() => {
    reset.current = onReset;
  }, [onReset]);

  useEffect(() => {
    setPlaying(player.playing());
    return player.subscribe((e) => {
      if (e === 'play' || e === 'pause' || e === 'ended') setPlaying(player.playing());
    });
  }, [player]);

  // Any touch or key, while not asking, starts the wait again.
  useEffect(() => {
    if (seconds === null || asking) return;
    const onActivity = (): void => setActivity((n) => n + 1);
    for (const type of ACTIVITY)
      document.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY)
        document.removeEventListener(type, onActivity, { capture: true });
    };
  }, [seconds, asking]);

  useEffect(() => {
    if (seconds === null || asking || playing) return;
    const timer = window.setTimeout(() => setAsking(true), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [seconds, asking, playing, activity]);

  useEffect(() => {
    if (!asking) return;
    const timer = window.setTimeout(() => reset.current(), IDLE_PROMPT_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [asking]);

  const stay = useCallback(() => setAsking(false), []);
  return { asking, stay };
}
