import { afterEach, describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';

/** The content for the default case (planned, wrist, mid LAD). */
const procedure = procedureFor(DEFAULT_CASE);
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import { createPlayer, type Player } from '../../src/timeline/player.ts';
import { chooseVoice, createNarrator, type SpeechLike } from '../../src/ui/narration.ts';

/** A stand-in for speechSynthesis that records what is said and lets the test end sentences. */
function fakeSynth(voices: Partial<SpeechSynthesisVoice>[]) {
  const spoken: { text: string; u: SpeechSynthesisUtterance }[] = [];
  let cancels = 0;
  const synth: SpeechLike = {
    speak: (u) => spoken.push({ text: u.text, u }),
    cancel: () => {
      cancels++;
    },
    getVoices: () => voices as SpeechSynthesisVoice[],
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  const finishLast = (): void => {
    const last = spoken.at(-1);
    last?.u.onend?.call(last.u, {} as SpeechSynthesisEvent);
  };
  return { synth, spoken, finishLast, cancels: () => cancels };
}

const makeUtterance = (text: string) => ({ text }) as SpeechSynthesisUtterance;
const british = { name: 'Local British', lang: 'en-GB', localService: true };

let player: Player;
afterEach(() => player?.dispose());

function setup(voices: Partial<SpeechSynthesisVoice>[] = [british]) {
  player = createPlayer(procedure, landmarksOf(createArtery()));
  const fake = fakeSynth(voices);
  const narrator = createNarrator(player, fake.synth, makeUtterance);
  return { ...fake, narrator };
}

const firstStage = procedure.stages[0];
if (!firstStage) throw new Error('no stages');
const caption = (i: number): string => firstStage.captions[i]?.text ?? '';
const captionStart = (i: number): number => firstStage.captions[i]?.at ?? 0;

describe('choosing a voice', () => {
  it('prefers an offline British English voice, then any offline English voice, never an online one', () => {
    const v = (name: string, lang: string, localService: boolean) =>
      ({ name, lang, localService }) as SpeechSynthesisVoice;
    expect(chooseVoice([v('a', 'en-US', true), v('b', 'en-GB', true)])?.name).toBe('b');
    expect(chooseVoice([v('a', 'fr-FR', true), v('c', 'en-US', true)])?.name).toBe('c');
    expect(chooseVoice([v('online', 'en-GB', false)])).toBeNull();
    expect(chooseVoice([])).toBeNull();
  });
});

describe('reading the captions aloud', () => {
  it('says it is unavailable and stays off when there is no offline voice', () => {
    const { narrator, spoken } = setup([{ name: 'cloud', lang: 'en-GB', localService: false }]);
    expect(narrator.available()).toBe(false);
    narrator.setEnabled(true);
    expect(narrator.enabled()).toBe(false);
    expect(spoken).toHaveLength(0);
  });

  it('reads the current caption when switched on, and the next one when the explainer reaches it', () => {
    const { narrator, spoken, finishLast } = setup();
    narrator.setEnabled(true);
    expect(spoken.map((s) => s.text)).toEqual([caption(0)]);
    finishLast();
    player.seek(captionStart(1) + 0.1);
    expect(spoken.at(-1)?.text).toBe(caption(1));
  });

  it('makes the explainer wait for a sentence to finish before moving on', () => {
    const { narrator, spoken, finishLast } = setup();
    narrator.setEnabled(true);
    player.play();
    // Playing reaches the next caption while the first is still being read.
    player.seek(captionStart(1) + 0.05);
    expect(player.playing()).toBe(false);
    expect(player.time()).toBeLessThan(captionStart(1));
    expect(spoken).toHaveLength(1);
    // The sentence ends: the explainer carries on and reads the next caption.
    finishLast();
    expect(player.playing()).toBe(true);
    player.seek(captionStart(1) + 0.05);
    expect(spoken.at(-1)?.text).toBe(caption(1));
    player.pause();
  });

  it('stops talking when the person pauses, and reads the caption again when they play on', () => {
    const { narrator, spoken, cancels } = setup();
    narrator.setEnabled(true);
    player.play();
    const before = cancels();
    player.pause();
    expect(cancels()).toBeGreaterThan(before);
    player.play();
    expect(spoken.map((s) => s.text)).toEqual([caption(0), caption(0)]);
    player.pause();
  });

  it('reads the new caption straight away when the person jumps to another step', () => {
    const { narrator, spoken } = setup();
    narrator.setEnabled(true);
    player.goToStage(4);
    expect(spoken.at(-1)?.text).toBe(procedure.stages[4]?.captions[0]?.text);
  });

  it('says nothing once switched off', () => {
    const { narrator, spoken } = setup();
    narrator.setEnabled(true);
    narrator.setEnabled(false);
    player.goToStage(3);
    expect(spoken).toHaveLength(1);
  });
});
