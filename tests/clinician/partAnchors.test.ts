import { afterAll, describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { stentRadius } from '../../models/stent.ts';
import { distance, type Vec3 } from '../../models/vec3.ts';
import { vesselFor } from '../../models/vessel.ts';
import { PARTS, type PartId, partAnchor } from '../../src/clinician/partAnchors.ts';
import { procedure } from '../../src/content/index.ts';
import { createDerived, updateDerived } from '../../src/timeline/derived.ts';
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

describe('labels on an artery of another size', () => {
  // The proximal right coronary artery (a bigger vessel with a bigger stent), given a thicker
  // wall than the default so the wall label must follow the artery's own.
  const big = createArtery({ ...vesselFor('rca', 'proximal'), wallThickness: 1.2 });
  const bigPlayer = createPlayer(procedure, landmarksOf(big));
  afterAll(() => bigPlayer.dispose());

  /** How far from the centreline a part's label is pinned, in mm, at time t. */
  function offCentre(id: PartId, t: number): { across: number; s: number } {
    bigPlayer.seek(t);
    const derived = updateDerived(createDerived(), bigPlayer.state, big);
    const out: Vec3 = [0, 0, 0];
    expect(partAnchor(id, big, bigPlayer.state, derived, out), `${id} shown`).toBe(true);
    const at =
      id === 'stent' ? bigPlayer.state.stentCentre + big.stent.length / 4 : big.lesionCentre - 10;
    const centre: Vec3 = [0, 0, 0];
    big.centreline.pointAt(at, centre);
    return { across: distance(out, centre), s: at };
  }

  it("pins the stent label on this artery's stent, not the default one", () => {
    expect(big.stent.expandedRadius).not.toBeCloseTo(createArtery().stent.expandedRadius, 2);
    const { across } = offCentre('stent', bigPlayer.duration - 0.5);
    expect(across).toBeCloseTo(stentRadius(big.stent, bigPlayer.state.stentExpansion), 6);
  });

  it("pins the wall label in the middle of this artery's wall", () => {
    const { across, s } = offCentre('wall', 1);
    const c = updateDerived(createDerived(), bigPlayer.state, big).compression;
    expect(across).toBeCloseTo((big.wallInnerRadius(s, c) + big.wallOuterRadius(s, c)) / 2, 6);
  });
});
