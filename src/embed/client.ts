/**
 * The host page's side of the explainer's message API: a few typed calls around
 * `postMessage`. It stands alone (no imports at run time, no dependencies), and the build
 * writes it as `dist/embed-client.js`, an ES module a hospital page can copy and load:
 *
 *   import { connectExplainer } from './embed-client.js';
 *   const explainer = connectExplainer(document.querySelector('#pci-explainer'));
 *   explainer.on('stagechange', (e) => console.log(e.title));
 *   await explainer.ready;
 *   explainer.seek({ stage: 'balloon-inflation' });
 *
 * Messages go only to the iframe's own origin, never `*`, and only messages from that
 * iframe and origin are listened to. See docs/hosting.md.
 */
import type { EmbedEvent, EmbedMessage, Language } from './protocol.ts';
import type { PatientCase } from '../case/patientCase.ts';

// Repeated here, not imported, so the client stays one file (a unit test keeps them equal).
const PROTOCOL = 'pci-explainer';
const PROTOCOL_VERSION = 1;
const EVENTS = ['ready', 'stagechange', 'timeupdate', 'ended'] as const;
/** How often to say hello until the explainer answers (it may still be loading). */
const HELLO_EVERY_MS = 1000;

type EventName = EmbedEvent['event'];
type EventOf<N extends EventName> = Extract<EmbedEvent, { event: N }>;
export type ReadyEvent = EventOf<'ready'>;

export interface ExplainerClient {
  /** Settles when the explainer first says it is ready, with its stages and state. */
  readonly ready: Promise<ReadyEvent>;
  play(): void;
  pause(): void;
  /** To a time in seconds, or to the start of a stage (its id). */
  seek(to: { time: number } | { stage: string }): void;
  setCase(kase: Partial<PatientCase>): void;
  setLanguage(language: Language): void;
  /** Calls `listener` for each such event; returns the way to stop. */
  on<N extends EventName>(name: N, listener: (event: EventOf<N>) => void): () => void;
  /** Stops listening and saying hello. */
  dispose(): void;
}

function isEvent(data: unknown): data is EmbedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === PROTOCOL &&
    m.version === PROTOCOL_VERSION &&
    (EVENTS as readonly unknown[]).includes(m.event)
  );
}

/**
 * Connects to the explainer in `iframe`. Its origin is taken from the iframe's `src`
 * unless given (for an explainer reached through a redirect, say).
 */
export function connectExplainer(
  iframe: HTMLIFrameElement,
  options: { origin?: string } = {},
): ExplainerClient {
  const origin = options.origin ?? new URL(iframe.src, window.location.href).origin;
  const listeners = new Map<EventName, Set<(event: EmbedEvent) => void>>();
  const queue: Record<string, unknown>[] = [];
  let isReady = false;
  let resolveReady: (event: ReadyEvent) => void = () => undefined;
  const ready = new Promise<ReadyEvent>((resolve) => (resolveReady = resolve));

  const post = (message: Record<string, unknown>): void => {
    iframe.contentWindow?.postMessage(
      { type: PROTOCOL, version: PROTOCOL_VERSION, ...message },
      origin,
    );
  };
  /** Commands wait for `ready`, so none is lost while the explainer loads. */
  const command = (message: Record<string, unknown>): void => {
    if (isReady) post(message);
    else queue.push(message);
  };
  const hello = (): void => post({ command: 'hello' });

  const onMessage = (e: MessageEvent): void => {
    if (e.source !== iframe.contentWindow || e.origin !== origin || !isEvent(e.data)) return;
    const event = e.data;
    if (event.event === 'ready' && !isReady) {
      isReady = true;
      clearInterval(timer);
      resolveReady(event);
      for (const message of queue.splice(0)) post(message);
    }
    for (const listener of listeners.get(event.event) ?? []) listener(event);
  };

  window.addEventListener('message', onMessage);
  iframe.addEventListener('load', hello);
  const timer = setInterval(hello, HELLO_EVERY_MS);
  hello();

  return {
    ready,
    play: () => command({ command: 'play' }),
    pause: () => command({ command: 'pause' }),
    seek: (to) => command({ command: 'seek', ...to }),
    setCase: (kase) => command({ command: 'setCase', case: kase }),
    setLanguage: (language) => command({ command: 'setLanguage', language }),
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const wrapped = listener as (event: EmbedEvent) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    dispose() {
      clearInterval(timer);
      window.removeEventListener('message', onMessage);
      iframe.removeEventListener('load', hello);
    },
  };
}
