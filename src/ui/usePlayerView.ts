import { useEffect, useRef, useState } from 'react';
import type { Player, Speed } from '../timeline/player.ts';
import { captionAt } from '../timeline/schedule.ts';

/**
 * The few discrete facts the controls render from: which stage and caption, playing or not,
 * the speed. React re-renders only when one of these changes, never on every frame.
 */
export interface PlayerView {
  stageIndex: number;
  captionIndex: number;
  playing: boolean;
  speed: Speed;
  /** Whether the explainer has been played at all (hides the big start button). */
  started: boolean;
  atEnd: boolean;
}

function read(player: Player, started: boolean): PlayerView {
  const at = captionAt(player.slots, player.time());
  return {
    stageIndex: at.stageIndex,
    captionIndex: at.captionIndex,
    playing: player.playing(),
    speed: player.speed(),
    started,
    atEnd: player.time() >= player.duration - 1e-6,
  };
}

function same(a: PlayerView, b: PlayerView): boolean {
  return (
    a.stageIndex === b.stageIndex &&
    a.captionIndex === b.captionIndex &&
    a.playing === b.playing &&
    a.speed === b.speed &&
    a.started === b.started &&
    a.atEnd === b.atEnd
  );
}

export function usePlayerView(player: Player): PlayerView {
  const [view, setView] = useState(() => read(player, player.time() > 0));
  // Once played, the start button stays hidden, even when a new player (another case) comes.
  const started = useRef(view.started);
  useEffect(() => {
    const show = (): void => {
      const next = read(player, started.current);
      setView((prev) => (same(prev, next) ? prev : next));
    };
    // A new player may be at another place: show where it is now.
    started.current ||= player.time() > 0;
    show();
    return player.subscribe((event) => {
      if (event === 'play' || (event === 'time' && player.time() > 0)) started.current = true;
      show();
    });
  }, [player]);
  return view;
}
