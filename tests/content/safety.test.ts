import { describe, expect, it } from 'vitest';
import { procedure } from '../../src/content/index.ts';

/** The two messages a patient must never miss, and where they are shown. */
describe('safety messages', () => {
  const byId = new Map(procedure.safety.map((m) => [m.id, m]));

  it('tells patients not to stop their anti-clot medicines without their heart doctor', () => {
    const m = byId.get('keep-taking-medicines');
    expect(m?.kind).toBe('important');
    expect(m?.text).toMatch(/do not stop/i);
    expect(m?.text).toMatch(/heart doctor/i);
    expect(m?.sources).toContainEqual({ from: 'clinical-fact', fact: 'antiplatelet-duration' });
  });

  it('tells patients to call 999 for chest pain or bleeding that will not stop', () => {
    const m = byId.get('call-999');
    expect(m?.kind).toBe('urgent');
    expect(`${m?.heading} ${m?.text}`).toMatch(/999/);
    expect(m?.text).toMatch(/chest pain/i);
    expect(m?.text).toMatch(/bleeding/i);
    expect(m?.sources).toContainEqual({ from: 'clinical-fact', fact: 'emergency-advice' });
  });

  it('shows both with the last step, whose captions say the same', () => {
    const last = procedure.stages.at(-1);
    for (const m of procedure.safety) expect(m.stage).toBe(last?.id);
    const captions = last?.captions.map((c) => c.text).join(' ') ?? '';
    expect(captions).toMatch(/999/);
    expect(captions).toMatch(/do not stop/i);
  });
});
