// What the browser tests themselves put on a page's window (through init scripts and the
// demo hospital page), typed once so that no test needs a cast. The explainer's own test
// handle, `window.__pciExplainer`, is typed where the app exposes it: src/app/testHooks.ts.
import type { ExplainerClient } from '../../src/embed/client.ts';

/** An event the demo hospital page heard from the explainer, with when (performance.now()). */
export interface HostEvent {
  event: string;
  at: number;
  [key: string]: unknown;
}

/** What axe-core reports, as far as the tests read it. */
export interface AxeResults {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: string[] }[];
  }[];
}

declare global {
  interface Window {
    /** WebGL draw calls since the page started (helpers.ts `countDraws`). */
    __draws?: number;
    /** Calls to window.print since the page started (helpers.ts `countPrints`). */
    __printed?: number;
    /** The stand-in for the device's speech (accessibility.spec.ts). */
    __speech?: { spoken: () => string[]; finish: () => void };
    /** Content Security Policy violations seen in this frame (embed.spec.ts). */
    cspViolations?: string[];
    /** The `command` of every message this frame was sent, in order (embed.spec.ts). */
    commandsHeard?: unknown[];
    /** The demo hospital page's client for the embedded explainer (tests/embed-host). */
    explainer?: ExplainerClient;
    /** Every event the demo hospital page heard from the explainer. */
    explainerEvents?: HostEvent[];
    /** axe-core, once helpers.ts `axeViolations` has put it on the page. */
    axe?: { run: (context: Document, options: object) => Promise<AxeResults> };
  }
}
