import {
  ACCESS_ROUTES,
  CASE_PARAMS,
  CORONARY_ARTERIES,
  SEGMENTS,
  VARIANTS,
  normaliseCase,
  type PatientCase,
} from '../case/patientCase.ts';
import { LANGUAGE_TAGS } from '../i18n/language.ts';

/**
 * The embed's message API (version 1), between a hospital page and the explainer in its
 * iframe. Every message is a plain object `{ type: 'pci-explainer', version: 1, ... }` with
 * either a `command` (host to explainer) or an `event` (explainer to host). Documented in
 * docs/hosting.md; src/embed/client.ts is the host's side of it.
 *
 * Messages come from another site, so `parseCommand` reads them against allowlists by hand
 * (zod must not reach the browser bundle): only known keys, read as own properties, each
 * value checked; anything else is `null` and ignored. It never throws and never copies an
 * object it was given, so keys such as `__proto__` have nothing to pollute.
 */
export const PROTOCOL = 'pci-explainer';
export const PROTOCOL_VERSION = 1;

/** A language tag: one of the locale packs' (LANGUAGE_TAGS, src/locales/). */
export type Language = string;

export type EmbedCommand =
  /** Asks for `ready` (again): the host's handshake, safe to repeat. */
  | { command: 'hello' }
  | { command: 'play' }
  | { command: 'pause' }
  | { command: 'seek'; time: number }
  | { command: 'seek'; stage: string }
  | { command: 'setCase'; case: PatientCase }
  | { command: 'setLanguage'; language: Language };

export interface StageInfo {
  id: string;
  title: string;
  /** Seconds from the start of the explainer. */
  start: number;
}

export type EmbedEvent =
  | {
      event: 'ready';
      duration: number;
      stages: StageInfo[];
      case: PatientCase;
      language: Language;
      time: number;
      playing: boolean;
    }
  | { event: 'stagechange'; stage: string; index: number; title: string }
  /** At most four a second while the time changes. */
  | { event: 'timeupdate'; time: number; playing: boolean }
  | { event: 'ended' };

export type EmbedMessage = EmbedEvent & { type: typeof PROTOCOL; version: typeof PROTOCOL_VERSION };

/** The longest string any field may hold; the longest stage id is far shorter. */
const MAX_STRING = 64;
/** No explainer is longer than this (seconds): bigger numbers are refused, not clamped. */
const MAX_TIME = 24 * 60 * 60;

type Record_ = Readonly<Record<string, unknown>>;

/** A plain object (not an array, not a class instance), or null. */
function plainObject(value: unknown): Record_ | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null ? (value as Record_) : null;
}

/** An own property only: never one inherited from (a possibly polluted) Object.prototype. */
function own(object: Record_, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function shortString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_STRING ? value : null;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * A case from a message: an object whose fields, where present, each hold an allowed value.
 * One wrong value refuses the whole case, so a host's mistake is not silently shown as the
 * default artery. Missing fields take the default; `normaliseCase` applies the rules.
 */
export function parseCaseObject(value: unknown): PatientCase | null {
  const object = plainObject(value);
  if (!object) return null;
  const allowed: Record<keyof PatientCase, (v: unknown) => boolean> = {
    access: (v) => oneOf(ACCESS_ROUTES, v),
    artery: (v) => oneOf(CORONARY_ARTERIES, v),
    segment: (v) => oneOf(SEGMENTS, v),
    variant: (v) => oneOf(VARIANTS, v),
    balloonPump: (v) => typeof v === 'boolean',
    pacemaker: (v) => typeof v === 'boolean',
  };
  const picked: Partial<Record<keyof PatientCase, unknown>> = {};
  for (const key of Object.keys(CASE_PARAMS) as (keyof PatientCase)[]) {
    const v = own(object, key);
    if (v === undefined) continue;
    if (!allowed[key](v)) return null;
    picked[key] = v;
  }
  return normaliseCase(picked);
}

/**
 * A command from the host page, or null for anything that is not exactly one: wrong type
 * or version, unknown command, a missing or out-of-range value. `stageIds` are the
 * explainer's stages; a seek must name one of them or give a time in seconds.
 */
export function parseCommand(data: unknown, stageIds: readonly string[]): EmbedCommand | null {
  const message = plainObject(data);
  if (!message) return null;
  if (own(message, 'type') !== PROTOCOL || own(message, 'version') !== PROTOCOL_VERSION)
    return null;
  switch (own(message, 'command')) {
    case 'hello':
      return { command: 'hello' };
    case 'play':
      return { command: 'play' };
    case 'pause':
      return { command: 'pause' };
    case 'seek': {
      const time = own(message, 'time');
      const stage = own(message, 'stage');
      if (time !== undefined && stage !== undefined) return null;
      if (typeof time === 'number')
        return Number.isFinite(time) && time >= 0 && time <= MAX_TIME
          ? { command: 'seek', time }
          : null;
      const id = shortString(stage);
      return id !== null && stageIds.includes(id) ? { command: 'seek', stage: id } : null;
    }
    case 'setCase': {
      const kase = parseCaseObject(own(message, 'case'));
      return kase ? { command: 'setCase', case: kase } : null;
    }
    case 'setLanguage': {
      const language = own(message, 'language');
      return oneOf(LANGUAGE_TAGS, language) ? { command: 'setLanguage', language } : null;
    }
    default:
      return null;
  }
}

/** Wraps an event in the protocol's envelope. */
export function envelope(event: EmbedEvent): EmbedMessage {
  return { type: PROTOCOL, version: PROTOCOL_VERSION, ...event };
}
