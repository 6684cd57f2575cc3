import { useEffect } from 'react';
import type { Player } from '../timeline/player.ts';

/**
 * Pauses when the page is hidden (another tab, the tablet's screen locked), so nothing
 * plays unseen and the GPU rests; the person presses Play to carry on where they were.
 */
export function usePauseWhenHidden(player: Player): void {
  useEffect(() => {
    const onChange = (): void => {
      if (document.visibilityState === 'hidden' && player.playing()) player.pause();
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, [player]);
}
