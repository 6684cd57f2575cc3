import { useCallback, useState } from 'react';
import { type Mode, parseMode } from '../case/mode.ts';

/** The address for a mode: `?mode=clinician` added or removed, everything else kept. */
export function searchWithMode(search: string, mode: Mode): string {
  const params = new URLSearchParams(search);
  if (mode === 'clinician') params.set('mode', 'clinician');
  else params.delete('mode');
  const next = params.toString();
  return next ? `?${next}` : '';
}

/**
 * Patient or clinician mode, read from the address and kept in it (without reloading), so a
 * link or a refresh opens the same mode.
 */
export function useMode(): [Mode, (mode: Mode) => void] {
  const [mode, setModeState] = useState<Mode>(() => parseMode(window.location.search));
  const setMode = useCallback((next: Mode) => {
    setModeState(next);
    const { pathname, search, hash } = window.location;
    window.history.replaceState(
      window.history.state,
      '',
      pathname + searchWithMode(search, next) + hash,
    );
  }, []);
  return [mode, setMode];
}
