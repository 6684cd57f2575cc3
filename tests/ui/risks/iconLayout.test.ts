import { describe, expect, it } from 'vitest';
import {
  BLOCK_GAP,
  CELL,
  blocksAcrossFor,
  iconArrayLayout,
  peoplePath,
  personPath,
} from '../../../src/ui/risks/iconLayout.ts';

describe('icon array layout', () => {
  it('puts 100 people in ten rows of ten, the affected ones first along the top row', () => {
    const l = iconArrayLayout(100, 5);
    expect(l.cells).toHaveLength(100);
    expect([l.width, l.height]).toEqual([10 * CELL, 10 * CELL]);
    expect(l.cells.filter((c) => c.affected).map((c) => [c.x, c.y])).toEqual([
      [0, 0],
      [CELL, 0],
      [2 * CELL, 0],
      [3 * CELL, 0],
      [4 * CELL, 0],
    ]);
    // The 11th person starts the second row.
    expect(l.cells[10]).toMatchObject({ x: 0, y: CELL });
  });

  it('lays 1,000 people out as ten blocks of 100, five across, with a gap between blocks', () => {
    expect(blocksAcrossFor(1000)).toBe(5);
    const l = iconArrayLayout(1000, 50);
    expect([l.blocksAcross, l.blocksDown]).toEqual([5, 2]);
    expect(l.width).toBe(5 * 10 * CELL + 4 * BLOCK_GAP);
    expect(l.height).toBe(2 * 10 * CELL + BLOCK_GAP);
    // The second block starts after the first block and a gap; the sixth on the next line.
    expect(l.cells[100]).toMatchObject({ x: 10 * CELL + BLOCK_GAP, y: 0 });
    expect(l.cells[500]).toMatchObject({ x: 0, y: 10 * CELL + BLOCK_GAP });
    expect(l.cells[999]).toMatchObject({ x: l.width - CELL, y: l.height - CELL });
  });

  it('keeps the affected people together in the top-left corner: whole rows of ten first', () => {
    const l = iconArrayLayout(1000, 53);
    const affected = l.cells.filter((c) => c.affected);
    expect(affected).toHaveLength(53);
    // All in the first block: five full rows and three in the sixth.
    expect(Math.max(...affected.map((c) => c.x))).toBe(9 * CELL);
    expect(Math.max(...affected.map((c) => c.y))).toBe(5 * CELL);
    expect(affected.filter((c) => c.y === 5 * CELL).map((c) => c.x)).toEqual([0, CELL, 2 * CELL]);
    // More than a block spills into the next block along, not down.
    const big = iconArrayLayout(1000, 150).cells.filter((c) => c.affected);
    expect(Math.max(...big.map((c) => c.y))).toBe(9 * CELL);
    expect(big.filter((c) => c.x >= 10 * CELL)).toHaveLength(50);
  });

  it('never places two people in one cell, and keeps everyone inside the picture', () => {
    for (const [total, across] of [
      [100, 1],
      [1000, 5],
      [1000, 2],
      [1000, 3],
    ] as const) {
      const l = iconArrayLayout(total, 7, across);
      const spots = new Set(l.cells.map((c) => `${c.x},${c.y}`));
      expect(spots.size).toBe(total);
      for (const c of l.cells) {
        expect(c.x).toBeGreaterThanOrEqual(0);
        expect(c.y).toBeGreaterThanOrEqual(0);
        expect(c.x + CELL).toBeLessThanOrEqual(l.width);
        expect(c.y + CELL).toBeLessThanOrEqual(l.height);
      }
    }
    // Three blocks across: four lines of blocks, the last one short.
    expect(iconArrayLayout(1000, 0, 3)).toMatchObject({ blocksAcross: 3, blocksDown: 4 });
  });

  it('refuses what cannot be drawn honestly', () => {
    expect(() => iconArrayLayout(350, 1)).toThrow(/hundreds/);
    expect(() => iconArrayLayout(100, 101)).toThrow(/affected/);
    expect(() => iconArrayLayout(100, 2.5)).toThrow(/affected/);
    expect(() => iconArrayLayout(100, 1, 0)).toThrow(/blocksAcross/);
  });

  it('draws each person as a head and shoulders inside their own cell', () => {
    const d = personPath(20, 30);
    const numbers = [...d.matchAll(/[MVHQ]([\d.\s-]+)/g)].flatMap((m) =>
      (m[1] ?? '').trim().split(/\s+/).map(Number),
    );
    expect(d.match(/M/g)).toHaveLength(2);
    for (const v of numbers) expect(v).toBeGreaterThanOrEqual(20);
    for (const v of numbers) expect(v).toBeLessThanOrEqual(40);
    const cells = iconArrayLayout(100, 3).cells.slice(0, 3);
    expect(peoplePath(cells)).toBe(cells.map((c) => personPath(c.x, c.y)).join(''));
  });
});
