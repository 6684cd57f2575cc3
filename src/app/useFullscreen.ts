import { useCallback, useEffect, useState, type RefObject } from 'react';

/** How the player fills the screen: not at all, through the browser, or over the whole window. */
export type FullscreenMode = 'off' | 'screen' | 'window';

export interface Fullscreen {
  mode: FullscreenMode;
  toggle: () => void;
  exit: () => void;
}

/** True where the page may ask for real full screen (not on iPhone Safari, nor in an iframe without allow="fullscreen"). */
function canUseScreen(el: HTMLElement): boolean {
  return document.fullscreenEnabled === true && typeof el.requestFullscreen === 'function';
}

/**
 * Full screen for the player (picture, caption and controls): the Fullscreen API on the
 * element when the browser allows it, else a "full window" mode drawn with CSS (the class
 * `full-window` on the root), as iPhone Safari has no Fullscreen API for anything but video.
 * Escape leaves either (the browser handles it for real full screen).
 */
export function useFullscreen(target: RefObject<HTMLElement | null>): Fullscreen {
  const [screen, setScreen] = useState(false);
  const [window_, setWindow] = useState(false);

  useEffect(() => {
    const onChange = (): void =>
      setScreen(
        document.fullscreenElement != null && document.fullscreenElement === target.current,
      );
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [target]);

  useEffect(() => {
    if (!window_) return;
    const root = document.documentElement;
    root.classList.add('full-window');
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setWindow(false);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      root.classList.remove('full-window');
      document.removeEventListener('keydown', onKey);
    };
  }, [window_]);

  const exit = useCallback(() => {
    setWindow(false);
    if (document.fullscreenElement != null && typeof document.exitFullscreen === 'function')
      void document.exitFullscreen().catch(() => undefined);
  }, []);

  const toggle = useCallback(() => {
    const el = target.current;
    if (!el) return;
    if (screen || window_) {
      exit();
      return;
    }
    if (canUseScreen(el)) {
      // Refused (no user gesture, a policy): fall back to the full window.
      el.requestFullscreen().catch(() => setWindow(true));
    } else {
      setWindow(true);
    }
  }, [target, screen, window_, exit]);

  return { mode: screen ? 'screen' : window_ ? 'window' : 'off', toggle, exit };
}
