import { afterAll, describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import type { Vec3 } from '../../models/vec3.ts';
import { PARTS, type PartId, partAnchor } from '../../src/clinician/partAnchors.ts';
import { procedure } from '../../src/content/index.ts';
import { createDerived, updateDerived } from '../../src/scene/derived.ts';
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import { createPlayer } from '../../src/timeline/player.ts';
import { stageSlots } from '../../src/timeline/schedule.ts';

const artery = createArtery();
const player = createPlayer(procedure, landmarksOf(artery));
afterAll(() => player.dispose());
const startOf = (id: string): number =>
  stageSlots(procedure).find((s) => s.stage.id === id)?.start ?? NaN;

/** The parts whose labels show at a time, as the overlay works them out. */
function partsShownAt(t: number): PartId[] {
  player.seek(t);
  const derived = updateDerived(createDerived(), player.state, artery);
  const out: Vec3 = [0, 0, 0];
  return PARTS.filter((p) => partAnchor(p.id, artery, player.state, derived, out)).map((p) => p.id);
}

describe('which parts the labels name', () => {
  it('names only the artery, plaque and blood before anything goes in', () => {
    expect(partsShownAt(1)).toEqual(['plaque', 'wall', 'flow']);
  });

  it('names the balloon and wire while the balloon is blown up, but no stent yet', () => {
    const shown = partsShownAt(startOf('balloon-inflation') + 11);
    expect(shown).toContain('balloon');
    expect(shown).toContain('guidewire');
    expect(shown).not.toContain('stent');
  });

  it('names the stent once it is in', () => {
    expect(partsShownAt(player.duration - 0.5)).toContain('stent');
  });

  it('pins each label on the open (back) half of the artery, where it can be seen', () => {
    player.seek(startOf('stent-deployment') + 20);
    const derived = updateDerived(createDerived(), player.state, artery);
    const out: Vec3 = [0, 0, 0];
    for (const part of PARTS) {
      partAnchor(part.id, artery, player.state, derived, out);
      expect(out[2]).toBeLessThanOrEqual(0);
      expect(Number.isFinite(out[0] + out[1])).toBe(true);
    }
  });
});
