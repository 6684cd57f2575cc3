import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import {
  type CellPlacement,
  type CellSeed,
  createCellPlacements,
  createCellSeeds,
  createFlowField,
  MIN_SQUEEZE,
  placeCell,
  placeCells,
  seededRandom,
} from '../../models/bloodFlow.ts';
import { LUMEN_RADIUS, RED_CELL_DIAMETER } from '../../models/dimensions.ts';

const artery = createArtery();
const length = artery.centreline.length;
const cellRadius = RED_CELL_DIAMETER / 2;
const placement = (): CellPlacement => ({ s: 0, rho: 0, theta: 0, scale: 0, visible: false });
const seed = (volumeOffset: number, radialFraction = 0.5): CellSeed => ({
  volumeOffset,
  radialFraction,
  theta: Math.PI * 1.5,
  spin: 1,
  axisA: 0,
  axisB: 0,
});

/** The volume fraction at which the field puts a cell at arc length s (by bisection). */
function volumeFractionAt(field: ReturnType<typeof createFlowField>, s: number): number {
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (field.arcAtVolumeFraction(mid) < s) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('blood flow field', () => {
  it('moves cells evenly through a healthy artery', () => {
    const field = createFlowField(0, length);
    field.update(
      () => LUMEN_RADIUS,
      () => 0,
    );
    expect(field.relativeVolume).toBeCloseTo(1, 9);
    for (let f = 0; f <= 1; f += 0.05)
      expect(field.arcAtVolumeFraction(f)).toBeCloseTo(f * length, 6);
  });

  it('moves cells faster through the narrowing, in proportion to how much smaller its area is', () => {
    const field = createFlowField(0, length);
    field.update(
      (s) => artery.lumenRadius(s, 0),
      () => 0,
    );
    expect(field.relativeVolume).toBeLessThan(1);
    const dPhase = 1e-4;
    const step = (s: number): number => {
      const cell = seed(volumeFractionAt(field, s));
      const a = placeCell(field, cell, 0, placement()).s;
      const b = placeCell(field, cell, dPhase, placement()).s;
      expect(a).toBeCloseTo(s, 3);
      return b - a;
    };
    const healthy = step(10);
    const throat = step(artery.lesionCentre);
    const areaRatio = (LUMEN_RADIUS / artery.lumenRadius(artery.lesionCentre, 0)) ** 2;
    expect(areaRatio).toBeCloseTo(11.1, 1);
    expect(throat / healthy).toBeGreaterThan(areaRatio * 0.9);
    expect(throat / healthy).toBeLessThan(areaRatio * 1.1);
    // And each step is the volume passed over the local area.
    const volume = field.relativeVolume * Math.PI * LUMEN_RADIUS ** 2 * length;
    expect(healthy).toBeCloseTo((dPhase * volume) / (Math.PI * LUMEN_RADIUS ** 2), 4);
  });

  it('counts the volume a device takes up: cells speed up around it', () => {
    const open = createFlowField(0, length);
    open.update(
      () => LUMEN_RADIUS,
      () => 0,
    );
    const withWire = createFlowField(0, length);
    withWire.update(
      () => LUMEN_RADIUS,
      (s) => (s > 20 && s < 40 ? 1.2 : 0),
    );
    const blocked = 1.2 ** 2 / LUMEN_RADIUS ** 2;
    expect(withWire.relativeVolume).toBeCloseTo(1 - (blocked * 20) / length, 2);
  });
});

describe('red cells', () => {
  const field = createFlowField(0, length);
  field.update(
    (s) => artery.lumenRadius(s, 0),
    (s) => (s < 50 ? 0.178 : 0),
  );
  const cells = createCellSeeds(300);

  it('are seeded the same way every time, and differently for another seed', () => {
    expect(createCellSeeds(300)).toEqual(cells);
    expect(createCellSeeds(300, 8)).not.toEqual(cells);
    const a = seededRandom(123);
    const b = seededRandom(123);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((x, y) => x + y, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  it('are spread evenly through the volume, one per stratum, behind the cutaway', () => {
    for (const [i, c] of cells.entries()) {
      expect(c.volumeOffset).toBeGreaterThanOrEqual(i / cells.length);
      expect(c.volumeOffset).toBeLessThan((i + 1) / cells.length);
      expect(c.radialFraction).toBeGreaterThanOrEqual(0);
      expect(c.radialFraction).toBeLessThanOrEqual(1);
      // Angles in the back half (z < 0), which the cutaway leaves in view.
      expect(Math.sin(c.theta)).toBeLessThan(0);
    }
  });

  it('are placed by phase alone: the same phase gives the same place, a whole turn later too', () => {
    for (const c of cells.slice(0, 50)) {
      for (const phase of [0, 0.3, 2.71, -0.4]) {
        const a = placeCell(field, c, phase, placement());
        expect(placeCell(field, c, phase, placement())).toEqual(a);
        const b = placeCell(field, c, phase + 1, placement());
        expect(b.s).toBeCloseTo(a.s, 6);
        expect(b.rho).toBeCloseTo(a.rho, 6);
      }
    }
  });

  it('stay between the device and the wall, a (squeezed) cell\u2019s radius clear of each', () => {
    const out = placement();
    let shown = 0;
    for (let phase = 0; phase < 1; phase += 0.01) {
      for (const c of cells) {
        placeCell(field, c, phase, out);
        expect(out.s).toBeGreaterThanOrEqual(0);
        expect(out.s).toBeLessThanOrEqual(length);
        expect(out.theta).toBe(c.theta);
        const wall = artery.lumenRadius(out.s, 0);
        const wire = out.s < 50 ? 0.178 : 0;
        // 0.01 mm for the field's linear interpolation between its samples.
        const gap = wall - wire;
        // Cells squeeze through gaps down to MIN_SQUEEZE of their width, and no narrower.
        if (gap > 2 * cellRadius * MIN_SQUEEZE + 0.01)
          expect(out.visible, `s = ${out.s}`).toBe(true);
        if (gap < 2 * cellRadius * MIN_SQUEEZE - 0.01)
          expect(out.visible, `s = ${out.s}`).toBe(false);
        if (!out.visible) continue;
        shown++;
        const r = cellRadius * out.scale;
        expect(out.scale).toBeGreaterThanOrEqual(MIN_SQUEEZE);
        expect(out.scale).toBeLessThanOrEqual(1);
        if (gap > 2 * cellRadius + 0.01) expect(out.scale).toBe(1);
        expect(out.rho).toBeGreaterThanOrEqual(wire + r - 0.01);
        expect(out.rho).toBeLessThanOrEqual(wall - r + 0.01);
      }
    }
    expect(shown).toBeGreaterThan(cells.length * 50);
  });

  it('are hidden where a device leaves no room for them', () => {
    const squeezed = createFlowField(0, length);
    // A balloon filling the channel from 20 to 40 mm, and leaving too little room even for a squeezed cell.
    squeezed.update(
      () => LUMEN_RADIUS,
      (s) => (s > 20 && s < 40 ? LUMEN_RADIUS : s > 45 && s < 55 ? LUMEN_RADIUS - 0.1 : 0),
    );
    let hidden = 0;
    const out = placement();
    for (let phase = 0; phase < 1; phase += 0.01) {
      for (const c of cells) {
        placeCell(squeezed, c, phase, out);
        const roomy = out.s < 19.5 || (out.s > 40.5 && out.s < 44.5) || out.s > 55.5;
        const tight = (out.s > 20.5 && out.s < 39.5) || (out.s > 45.5 && out.s < 54.5);
        if (roomy) expect(out.visible, `s = ${out.s}`).toBe(true);
        if (tight) expect(out.visible, `s = ${out.s}`).toBe(false);
        if (!out.visible) {
          expect(out.rho).toBe(0);
          hidden++;
        }
      }
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it('are all hidden when the channel is closed everywhere', () => {
    const closed = createFlowField(0, length);
    closed.update(
      () => 1,
      () => 1,
    );
    expect(closed.relativeVolume).toBe(0);
    for (const c of cells.slice(0, 20))
      expect(placeCell(closed, c, 0.2, placement()).visible).toBe(false);
  });
});

describe('red cells placed all at once', () => {
  const narrowed = createFlowField(0, length, 256, artery.lumenRadiusHealthy);
  narrowed.update(
    (s) => artery.lumenRadius(s, 0),
    (s) => (s < 30 ? 0.2 : 0.0075),
  );
  const squeezed = createFlowField(0, length);
  squeezed.update(
    () => LUMEN_RADIUS,
    (s) => (s > 20 && s < 40 ? LUMEN_RADIUS : s > 45 && s < 55 ? LUMEN_RADIUS - 0.1 : 0),
  );
  const closed = createFlowField(0, length);
  closed.update(
    () => 1,
    () => 1,
  );
  const unfilled = createFlowField(0, length);
  const cells = createCellSeeds(380);
  const phases = [...Array.from({ length: 61 }, (_, i) => -1.5 + i * 0.0537), 0, -0, 1, 2.75];

  it('places every cell bit-identically to placeCell, in every kind of channel', () => {
    const out = createCellPlacements(cells.length);
    for (const field of [narrowed, squeezed, closed, unfilled]) {
      for (const phase of phases) {
        placeCells(field, cells, phase, out);
        cells.forEach((cell, i) => {
          const one = placeCell(field, cell, phase, placement());
          expect(
            {
              s: out.s[i],
              rho: out.rho[i],
              theta: out.theta[i],
              scale: out.scale[i],
              visible: out.visible[i] === 1,
            },
            `cell ${i}, phase ${phase}`,
          ).toEqual(one);
        });
      }
    }
  });

  it('writes no further than the shorter of the cells and the placements', () => {
    const few = createCellPlacements(10);
    placeCells(narrowed, cells, 0.3, few);
    expect(few.s.length).toBe(10);
    const many = createCellPlacements(20);
    many.s.fill(-1);
    placeCells(narrowed, cells.slice(0, 12), 0.3, many);
    expect(Array.from(many.s.subarray(12))).toEqual(Array(8).fill(-1));
    expect(many.s[11]).toBe(placeCell(narrowed, cells[11] as CellSeed, 0.3, placement()).s);
  });
});
