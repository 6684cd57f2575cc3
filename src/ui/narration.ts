import type { Player } from '../timeline/player.ts';
import { captionAt } from '../timeline/schedule.ts';

/**
 * Reads the captions aloud with the browser's own speech synthesis, using only voices on
 * the device (nothing is sent anywhere). While a caption is being read, the explainer waits
 * for the sentence to finish before moving on to the next caption, so a slow voice or a slow
 * rate never cuts a sentence off.
 */

/** The part of the Web Speech API this uses, so tests can stand in for it. */
export interface SpeechLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export type UtteranceFactory = (text: string) => SpeechSynthesisUtterance;

/**
 * An offline voice for the language (a BCP 47 tag): the exact one first (British English for
 * en-GB), then any of the same language. Never another language's voice: it would mangle
 * every word.
 */
export function chooseVoice(
  voices: readonly SpeechSynthesisVoice[],
  language = 'en-GB',
): SpeechSynthesisVoice | null {
  const local = voices.filter((v) => v.localService);
  const tag = language.toLowerCase();
  const primary = tag.split('-')[0] ?? tag;
  const normal = (v: SpeechSynthesisVoice): string => v.lang.replace('_', '-').toLowerCase();
  return (
    local.find((v) => normal(v) === tag) ??
    local.find((v) => normal(v).split('-')[0] === primary) ??
    null
  );
}

export interface Narrator {
  /** Whether a suitable offline voice exists. */
  available(): boolean;
  enabled(): boolean;
  setEnabled(on: boolean): void;
  /** Speaking rate, 0.5 to 2 (1 is normal). */
  setRate(rate: number): void;
  /** Called when availability changes (voices load late in some browsers). */
  onChange(listener: () => void): () => void;
  dispose(): void;
}

/** How close to the next caption (s) the explainer stops to wait for the voice. */
const HOLD_BEFORE = 0.02;

export function createNarrator(
  player: Player,
  synth: SpeechLike | undefined,
  makeUtterance: UtteranceFactory,
  /** The pack's tag: the words are read with a voice for this language. */
  language = 'en-GB',
): Narrator {
  let enabled = false;
  let rate = 1;
  let voice: SpeechSynthesisVoice | null = synth ? chooseVoice(synth.getVoices(), language) : null;
  let speaking = false;
  let held = false;
  /** The caption last read aloud (or being read). */
  let spokenKey = '';
  let generation = 0;
  const listeners = new Set<() => void>();
  const changed = (): void => listeners.forEach((l) => l());

  const onVoices = (): void => {
    voice = synth ? chooseVoice(synth.getVoices(), language) : null;
    changed();
  };
  synth?.addEventListener('voiceschanged', onVoices);

  const keyAt = (t: number): string => {
    const at = captionAt(player.slots, t);
    return `${at.stageIndex}:${at.captionIndex}`;
  };

  const speakCurrent = (): void => {
    if (!synth || !voice) return;
    spokenKey = keyAt(player.time());
    const mine = ++generation;
    synth.cancel();
    const text = captionAt(player.slots, player.time()).caption.text;
    const u = makeUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = rate;
    const finished = (): void => {
      if (mine !== generation) return; // an older sentence, cancelled
      speaking = false;
      if (held) {
        held = false;
        player.play();
      }
    };
    u.onend = finished;
    u.onerror = finished;
    speaking = true;
    synth.speak(u);
  };

  const stop = (): void => {
    generation++;
    speaking = false;
    held = false;
    synth?.cancel();
  };

  const unsubscribe = player.subscribe((event) => {
    if (!enabled) return;
    if (event === 'pause') {
      // Paused by the person (not by the wait below): stop talking, and read the caption
      // again from its start when they play on.
      if (!held && speaking) {
        stop();
        spokenKey = '';
      }
      return;
    }
    if (event === 'play') {
      if (!speaking && keyAt(player.time()) !== spokenKey) speakCurrent();
      return;
    }
    if (event !== 'time') return;
    const at = captionAt(player.slots, player.time());
    const key = `${at.stageIndex}:${at.captionIndex}`;
    if (key === spokenKey) return;
    if (speaking && player.playing()) {
      // The picture has reached the next caption but the voice has not finished: step back
      // to just before the change and wait, then carry on when the sentence ends.
      const slot = player.slots[at.stageIndex];
      const boundary = slot
        ? slot.start + (slot.stage.captions[at.captionIndex]?.at ?? 0)
        : player.time();
      held = true;
      player.pause();
      player.seek(Math.max(0, boundary - HOLD_BEFORE));
      return;
    }
    // Played on to a new caption, or the person jumped somewhere: read what is showing now.
    held = false;
    speakCurrent();
  });

  return {
    available: () => voice !== null,
    enabled: () => enabled,
    setEnabled(on) {
      if (on === enabled) return;
      enabled = on && voice !== null;
      if (enabled) {
        speakCurrent();
      } else {
        stop();
      }
      changed();
    },
    setRate(r) {
      rate = Math.min(2, Math.max(0.5, r));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      unsubscribe();
      stop();
      synth?.removeEventListener('voiceschanged', onVoices);
      listeners.clear();
    },
  };
}
