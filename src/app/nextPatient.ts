/**
 * A clean slate for the next person on a shared tablet: nothing of the last case left in the
 * address, the history entry, or the browser's storage. Pure helpers; App does the reset.
 */

/** Every key the explainer keeps in the browser's storage starts with this. */
export const STORAGE_PREFIX = 'pci-explainer.';

/**
 * Address settings chosen by the hospital, not by or for a patient, kept over a reset: the
 * idle reset itself and the embed's `captions`. Everything else (case, mode, step, time,
 * language) goes.
 */
export const HOSPITAL_SETTINGS = ['idle-reset', 'captions'] as const;

/** The address with only the hospital's settings left: `/path/` or `/path/?idle-reset=300`. */
export function cleanAddress(pathname: string, search: string): string {
  const from = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of HOSPITAL_SETTINGS) {
    const value = from.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Removes the explainer's own keys (and only those) from a storage area. */
export function clearStorage(storage: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/**
 * Clears storage in `win` (always given: as an event handler's argument it once received the
 * click event in place of the window), replaces the current history entry with the clean address (no entry is
 * added, so Back never returns to the case) and loads it afresh, which drops every mark,
 * answer and choice held in the page.
 */
export function startForNextPatient(win: Window): void {
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      clearStorage(win[area]);
    } catch {
      // Storage switched off: nothing was kept there.
    }
  }
  const clean = cleanAddress(win.location.pathname, win.location.search);
  win.history.replaceState(null, '', clean);
  win.location.replace(clean);
}

/**
 * The idle reset, in seconds, set by the hospital: `?idle-reset=300` in the address (kept
 * over resets), `data-idle-reset="300"` on the page's <html> element, or the build's
 * VITE_IDLE_RESET_SECONDS. Off (null) unless one of them is a whole number of at least 30.
 */
export function idleResetSeconds(
  search: string,
  attribute: string | undefined,
  built: string | undefined,
): number | null {
  for (const value of [new URLSearchParams(search).get('idle-reset'), attribute, built]) {
    if (value == null || value === '') continue;
    const n = Number(value);
    if (Number.isInteger(n) && n >= 30) return n;
  }
  return null;
}
