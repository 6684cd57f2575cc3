/// <reference types="vite-plugin-pwa/client" />
/**
 * The service worker that keeps the explainer working with no network (built by
 * vite-plugin-pwa, see vite.config.ts), and the news that a new version is waiting.
 *
 * Registered in production builds only: in development `vite` serves files as they change,
 * and a service worker would keep serving old ones. A new version is never swapped in behind
 * the back of someone using the explainer (that could change a caption mid-sentence):
 * src/app/UpdatePrompt.tsx asks, and `loadNewVersion` reloads into it. But before anyone has
 * touched the page (the next visit, or a tablet left idle), it is loaded straight away, so a
 * prompt that was ignored can never leave old content on screen for good.
 */

type Listener = () => void;

/** How often an open explainer (say, on a ward tablet) asks the server for a new version. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

let started = false;
let waiting = false;
let update: (() => Promise<void>) | undefined;
const listeners = new Set<Listener>();
let touched = false;
let busy: () => boolean = () => false;

/** Tells the updater when the explainer is in use without a touch (e.g. playing on its own). */
export function setBusyCheck(check: () => boolean): void {
  busy = check;
}

/** Whether a new version may be loaded now without asking: nobody has used the page yet. */
const mayLoadUnasked = (): boolean => !touched && !busy();

function noticeFirstTouch(): void {
  const mark = (): void => {
    touched = true;
  };
  for (const type of ['pointerdown', 'keydown'] as const)
    document.addEventListener(type, mark, { capture: true, once: true, passive: true });
}

/** True once a new version has been downloaded and is waiting to be loaded. */
export const isUpdateWaiting = (): boolean => waiting;

/** Calls `listener` when `isUpdateWaiting` changes; returns the way to stop. */
export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Hands the page to the waiting version, which then reloads it. */
export function loadNewVersion(): void {
  void update?.();
}

/** Asks the server for a new version now and then, while the page is open and online. */
function keepChecking(registration: ServiceWorkerRegistration): void {
  const check = (): void => {
    if (!navigator.onLine) return;
    registration.update().catch(() => {
      // Offline or the server is away: the copy in hand keeps working; try again later.
    });
  };
  window.setInterval(check, CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

/** Registers the service worker, once, after the page has loaded (production builds only). */
export function startServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Not inside another site's page (the embed): there the browser would keep a copy for
  // that site alone, storing the whole explainer on every visitor's device for no gain.
  if (window.self !== window.top) return;
  started = true;
  noticeFirstTouch();
  import('virtual:pwa-register')
    .then(({ registerSW }) => {
      update = registerSW({
        onNeedRefresh() {
          if (mayLoadUnasked()) {
            loadNewVersion();
            return;
          }
          waiting = true;
          for (const listener of listeners) listener();
        },
        onRegisteredSW(_url, registration) {
          if (registration) keepChecking(registration);
        },
        onRegisterError(error: unknown) {
          // Not fatal: the explainer works as before, just not offline.
          console.warn('The offline copy of the explainer could not be set up:', error);
        },
      });
    })
    .catch((error: unknown) => {
      console.warn('The offline copy of the explainer could not be set up:', error);
    });
}
