import { describe, expect, it } from 'vitest';
import { allCases, type PatientCase } from '../../src/case/patientCase.ts';
import { procedure, procedureFor } from '../../src/content/index.ts';
import type { SafetyMessage } from '../../src/content/schema.ts';

/** The messages a patient must never miss, for every case, and where they are shown. */
const label = (k: PatientCase): string => `${k.variant} ${k.access} ${k.segment} ${k.artery}`;
const cases = allCases();
const messagesFor = (k: PatientCase): SafetyMessage[] => procedureFor(k).safety;
const all = (m: SafetyMessage): string => `${m.heading} ${m.text}`;

describe('safety messages', () => {
  it('tells patients not to stop their anti-clot medicines without their heart doctor', () => {
    for (const k of cases) {
      const m = messagesFor(k).find((x) => x.id.startsWith('keep-taking-medicines'));
      expect(m?.kind, label(k)).toBe('important');
      expect(m?.text, label(k)).toMatch(/do not stop/i);
      expect(m?.text, label(k)).toMatch(/heart doctor/i);
      expect(m?.sources, label(k)).toContainEqual({
        from: 'clinical-fact',
        fact: 'antiplatelet-duration',
      });
      // Named, for how long, and in the source's own hedge.
      expect(m?.text, label(k)).toMatch(/aspirin plus clopidogrel, prasugrel or ticagrelor/);
      expect(m?.text, label(k)).toMatch(
        k.variant === 'planned' ? /about 6 months/ : /about 12 months/,
      );
      expect(m?.text, label(k)).toMatch(/help reduce the risk of blood clots/);
    }
  });

  it('never says the medicines "stop" blood clots: they help reduce the risk', () => {
    const words = [
      ...procedure.safety.map(all),
      ...procedure.stages.flatMap((s) => s.captions.map((c) => c.text)),
      ...procedure.questions.flatMap((q) => q.options.flatMap((o) => [o.text, o.explanation])),
    ];
    for (const w of words) expect(w).not.toMatch(/stops? blood clots/i);
  });

  it('tells patients to call 999 for chest pain or bleeding that will not stop', () => {
    for (const k of cases) {
      const m = messagesFor(k).find((x) => x.id === 'call-999');
      expect(m?.kind, label(k)).toBe('urgent');
      expect(m ? all(m) : '', label(k)).toMatch(/999/);
      expect(m?.text, label(k)).toMatch(/chest pain/i);
      expect(m?.text, label(k)).toMatch(/bleeding/i);
      expect(m?.text, label(k)).toMatch(/press firmly/i);
      expect(m?.text, label(k)).toMatch(/GTN/);
      expect(m?.sources, label(k)).toContainEqual({
        from: 'clinical-fact',
        fact: 'emergency-advice',
      });
    }
  });

  it('tells every patient what to do the same day about a cold hand or leg, or a growing swelling', () => {
    for (const k of cases) {
      const m = messagesFor(k).find((x) => x.id.startsWith('same-day'));
      expect(m?.kind, label(k)).toBe('important');
      expect(m ? all(m) : '', label(k)).toMatch(/111/);
      expect(m?.text, label(k)).toMatch(/cold, numb, pale/);
      expect(m?.text, label(k)).toMatch(/swelling/);
      expect(m?.text, label(k)).toMatch(k.access === 'radial' ? /your hand/ : /your leg/);
      expect(m?.sources, label(k)).toContainEqual({
        from: 'clinical-fact',
        fact: 'safety-netting',
      });
    }
  });

  it('gives every patient the before-and-after advice, each resting on a fact', () => {
    const needed: [RegExp, string][] = [
      [/awake/i, 'awake-sedation'],
      [/hot flush/i, 'risks-during'],
      [/implant card/i, 'implant-card'],
      [/drive/i, 'driving-dvla'],
      [/lifting/i, 'recovery-activity'],
    ];
    for (const k of cases) {
      const advice = messagesFor(k).filter((m) => m.kind === 'advice');
      // Back to work: a week for a planned procedure; after a heart attack, rehab and the
      // team's word (a week is not credible there).
      const work: [RegExp, string] =
        k.variant === 'planned'
          ? [/office work within about a week/i, 'recovery-activity']
          : [/rehabilitation.*Ask your team when you can go back to work/i, 'recovery-activity'];
      for (const [words, fact] of [...needed, work]) {
        const m = advice.find((x) => words.test(all(x)));
        expect(m, `${label(k)}: ${words}`).toBeDefined();
        expect(m?.sources, `${label(k)}: ${words}`).toContainEqual({
          from: 'clinical-fact',
          fact,
        });
      }
      const text = advice.map(all).join(' ');
      if (k.variant === 'planned') {
        expect(text, label(k)).toMatch(/45 to 90 minutes/);
        expect(text, label(k)).toMatch(/Only pause a medicine if they tell you to/);
        expect(text, label(k)).toMatch(/for 1 week/);
      } else {
        expect(text, label(k)).toMatch(/cardiac rehabilitation/);
        expect(text, label(k)).toMatch(/4 weeks/);
      }
      expect(text, label(k)).toMatch(k.access === 'radial' ? /the arm that was used/ : /lie flat/);
    }
  });

  it('shows the urgent and important messages with the last step, whose captions say the same', () => {
    const last = procedure.stages.at(-1);
    for (const m of procedure.safety.filter((x) => x.kind !== 'advice'))
      expect(m.stage, m.id).toBe(last?.id);
    const captions = last?.captions.map((c) => c.text).join(' ') ?? '';
    expect(captions).toMatch(/999/);
    expect(captions).toMatch(/do not stop/i);
  });
});
