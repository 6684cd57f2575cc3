import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import { createPlayer } from '../../src/timeline/player.ts';
import { stageSlots } from '../../src/timeline/schedule.ts';

// The balloon pump and pacing wire are shown only from the step that explains them.
describe('extra equipment on the timeline', () => {
  const kase = { ...DEFAULT_CASE, variant: 'primary' as const, balloonPump: true, pacemaker: true };
  const procedure = procedureFor(kase);
  const slots = stageSlots(procedure);
  const extra = slots.find((s) => s.stage.id === 'extra-equipment');

  it('is hidden before its step and shown from it on, seeking either way', () => {
    if (!extra) throw new Error('The emergency procedure has no extra-equipment step');
    const player = createPlayer(procedure, landmarksOf(createArtery()));
    try {
      for (const t of [0, extra.start - 0.5, 30, extra.start]) {
        player.seek(t);
        expect(player.state.equipment, `at ${t} s`).toBe(0);
      }
      for (const t of [extra.end - 1, extra.end + 40, player.duration - 1, extra.end - 1]) {
        player.seek(t);
        expect(player.state.equipment, `at ${t} s`).toBe(1);
      }
      player.seek(extra.start - 0.5);
      expect(player.state.equipment).toBe(0);
    } finally {
      player.dispose();
    }
  });

  it('stays hidden in the planned procedure, which has no such step', () => {
    const planned = procedureFor(DEFAULT_CASE);
    expect(planned.stages.some((s) => s.id === 'extra-equipment')).toBe(false);
    const player = createPlayer(planned, landmarksOf(createArtery()));
    try {
      player.seek(player.duration - 1);
      expect(player.state.equipment).toBe(0);
    } finally {
      player.dispose();
    }
  });
});
