import type { ExplainerController } from '../app/controller.ts';
import type { Player, PlayerEvent } from '../timeline/player.ts';
import {
  envelope,
  parseCommand,
  type EmbedCommand,
  type EmbedEvent,
  type EmbedMessage,
  type Language,
} from './protocol.ts';

/** Four a second at most: enough for a host's progress bar, little enough to be no load. */
export const TIME_UPDATE_MS = 250;

/** The little the bridge needs from the browser, so the unit tests can stand in for it. */
export interface BridgeEnvironment {
  /** The window framing this one (`window.parent`); each message's source must be it. */
  readonly parent: unknown;
  /** Posts to the parent, at exactly this origin (never `*`). */
  post(message: EmbedMessage, targetOrigin: string): void;
  /** Listens for messages; returns the way to stop. */
  listen(handler: (event: { data: unknown; origin: string; source: unknown }) => void): () => void;
  now(): number;
  setTimer(run: () => void, ms: number): () => void;
}

export interface BridgeOptions {
  /** The sites allowed to talk to the explainer (see origins.ts). */
  readonly allowedOrigins: readonly string[];
  /** Where the browser says the parent is (ancestorOrigins or referrer), if it says. */
  readonly parentOriginHint: string | null;
  readonly language: () => Language;
  readonly setLanguage: (language: Language) => void;
}

export interface Bridge {
  /** Hands over the running explainer; safe to call again (React's strict mode does). */
  attach(controller: ExplainerController): void;
  dispose(): void;
}

/**
 * Joins the host page's messages to the explainer: commands in, events out. Listens only to
 * the parent window, and only when its origin is on the allowlist; answers only that origin.
 * Where the browser names the parent's origin up front, `ready` is sent as soon as the
 * explainer runs; otherwise the first valid message from an allowed parent fixes it.
 */
export function createBridge(env: BridgeEnvironment, options: BridgeOptions): Bridge {
  const allowed = new Set(options.allowedOrigins);
  const hint = options.parentOriginHint;
  let target: string | null = hint !== null && allowed.has(hint) ? hint : null;
  let controller: ExplainerController | null = null;
  let readySent = false;
  let stopPlayer = (): void => undefined;
  let stopPlayerChange = (): void => undefined;
  let lastTimeSent = -Infinity;
  let cancelTimer: (() => void) | null = null;
  let lastStage = -1;

  const send = (event: EmbedEvent): void => {
    if (target !== null) env.post(envelope(event), target);
  };

  const sendReady = (): void => {
    if (!controller || target === null) return;
    const player = controller.player();
    readySent = true;
    send({
      event: 'ready',
      duration: player.duration,
      stages: player.slots.map((s) => ({ id: s.stage.id, title: s.stage.title, start: s.start })),
      case: controller.getCase(),
      language: options.language(),
      time: player.time(),
      playing: player.playing(),
    });
  };

  const sendTime = (player: Player): void => {
    cancelTimer?.();
    cancelTimer = null;
    lastTimeSent = env.now();
    send({ event: 'timeupdate', time: player.time(), playing: player.playing() });
  };

  /** Sends now if the last was long enough ago, else once when it has been (the latest). */
  const timeChanged = (player: Player): void => {
    const wait = lastTimeSent + TIME_UPDATE_MS - env.now();
    if (wait <= 0) sendTime(player);
    else cancelTimer ??= env.setTimer(() => sendTime(player), wait);
  };

  const onPlayerEvent = (player: Player, event: PlayerEvent): void => {
    if (event === 'ended') {
      sendTime(player);
      send({ event: 'ended' });
      return;
    }
    if (event === 'speed') return;
    const index = player.stageIndex();
    if (index !== lastStage) {
      lastStage = index;
      const stage = player.slots[index]?.stage;
      if (stage) send({ event: 'stagechange', stage: stage.id, index, title: stage.title });
    }
    timeChanged(player);
  };

  const follow = (player: Player): void => {
    stopPlayer();
    lastStage = player.stageIndex();
    stopPlayer = player.subscribe((event) => onPlayerEvent(player, event));
  };

  const run = (command: EmbedCommand, c: ExplainerController): void => {
    const player = c.player();
    switch (command.command) {
      case 'hello':
        return sendReady();
      case 'play':
        return player.play();
      case 'pause':
        return player.pause();
      case 'seek':
        if ('time' in command) return player.seek(command.time);
        return player.goToStage(player.slots.findIndex((s) => s.stage.id === command.stage));
      case 'setCase':
        return c.setCase(command.case);
      case 'setLanguage':
        return options.setLanguage(command.language);
    }
  };

  const stopListening = env.listen(({ data, origin, source }) => {
    // Only the parent, only from an allowed site, and once known, only that site.
    if (source !== env.parent || !allowed.has(origin)) return;
    if (target !== null && origin !== target) return;
    const stageIds = controller?.player().slots.map((s) => s.stage.id) ?? [];
    const command = parseCommand(data, stageIds);
    if (!command) return;
    target = origin;
    if (!controller) return; // `ready` follows when the explainer is running.
    if (!readySent && command.command !== 'hello') sendReady();
    try {
      run(command, controller);
    } catch (error) {
      // A command must never break the explainer, nor surface in the host's page.
      console.warn('The explainer could not follow a message:', error);
    }
  });

  return {
    attach(next) {
      stopPlayerChange();
      controller = next;
      follow(next.player());
      stopPlayerChange = next.onPlayerChange(follow);
      if (!readySent) sendReady();
    },
    dispose() {
      stopListening();
      stopPlayer();
      stopPlayerChange();
      cancelTimer?.();
    },
  };
}
