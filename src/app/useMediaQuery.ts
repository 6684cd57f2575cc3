import { useEffect, useState } from 'react';

/**
 * A small screen (a phone either way up, or a big zoom): the panels fold into a drawer and
 * the speed moves into the settings, so picture, caption and controls fit on one screen.
 * styles.css uses the same query.
 */
export const COMPACT_QUERY = '(max-width: 600px), (max-height: 500px)';

/** Whether a media query matches now, kept up to date as the screen turns or resizes. */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = (): void => setMatches(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}
