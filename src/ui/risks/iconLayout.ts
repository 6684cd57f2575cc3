/**
 * Where each person goes in an icon array (a pictograph of 100 or 1,000 people), as the
 * University of Michigan's Icon Array conventions lay one out: people in blocks of 100, ten
 * rows of ten; the blocks side by side with a gap between, so a reader can count in tens and
 * hundreds; the people affected together, filling from the top-left corner, one row of ten at
 * a time, so their number can be seen at a glance rather than searched for.
 *
 * Pure: no React, no DOM. Units are cells: each person stands in a square `CELL` wide.
 */

/** A cell's side, in SVG units. */
export const CELL = 10;
/** People in a row of a block, and rows in a block. */
export const GROUP = 10;
/** The gap between blocks of 100, in SVG units. */
export const BLOCK_GAP = 6;

export interface IconCell {
  /** 0-based; the affected people are the first ones. */
  index: number;
  /** Top-left corner of the person's cell. */
  x: number;
  y: number;
  affected: boolean;
}

export interface IconArrayLayout {
  total: number;
  affected: number;
  /** Blocks of 100 across and down. */
  blocksAcross: number;
  blocksDown: number;
  width: number;
  height: number;
  cells: readonly IconCell[];
}

/** The blocks across for a total, shaped for a panel wider than tall: 1 for 100, 5 for 1,000. */
export function blocksAcrossFor(total: number): number {
  const blocks = total / (GROUP * GROUP);
  return blocks <= 1 ? 1 : Math.min(blocks, 5);
}

/**
 * Lays out `total` people (a whole number of hundreds), the first `affected` of them affected.
 * Block by block (left to right, then the next line of blocks); in a block, row by row.
 */
export function iconArrayLayout(
  total: number,
  affected: number,
  blocksAcross: number = blocksAcrossFor(total),
): IconArrayLayout {
  const perBlock = GROUP * GROUP;
  if (!Number.isInteger(total) || total <= 0 || total % perBlock !== 0)
    throw new Error(`An icon array has a whole number of hundreds of people, not ${total}`);
  if (!Number.isInteger(affected) || affected < 0 || affected > total)
    throw new Error(`Cannot show ${affected} affected people out of ${total}`);
  if (!Number.isInteger(blocksAcross) || blocksAcross < 1)
    throw new Error(`blocksAcross must be a whole number of at least 1, not ${blocksAcross}`);
  const blocks = total / perBlock;
  const across = Math.min(blocksAcross, blocks);
  const down = Math.ceil(blocks / across);
  const blockSide = GROUP * CELL;
  const cells: IconCell[] = [];
  for (let index = 0; index < total; index++) {
    const block = Math.floor(index / perBlock);
    const within = index % perBlock;
    const bx = block % across;
    const by = Math.floor(block / across);
    cells.push({
      index,
      x: bx * (blockSide + BLOCK_GAP) + (within % GROUP) * CELL,
      y: by * (blockSide + BLOCK_GAP) + Math.floor(within / GROUP) * CELL,
      affected: index < affected,
    });
  }
  return {
    total,
    affected,
    blocksAcross: across,
    blocksDown: down,
    width: across * blockSide + (across - 1) * BLOCK_GAP,
    height: down * blockSide + (down - 1) * BLOCK_GAP,
    cells,
  };
}

/** Rounds to 0.01 so the path text stays short and stable. */
const n = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * One person in the cell at (x, y), as SVG path data: a round head over rounded shoulders.
 * Many people join into one path, so a 1,000-person array is two elements, not 1,000.
 */
export function personPath(x: number, y: number): string {
  const r = 1.8;
  const cx = x + CELL / 2;
  const cy = y + 2.6;
  const left = x + 2;
  const right = x + CELL - 2;
  const top = y + 5.4;
  const bottom = y + CELL - 0.6;
  const bend = 1.8;
  return (
    `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z` +
    `M${n(left)} ${n(bottom)}V${n(top + bend)}Q${n(left)} ${n(top)} ${n(left + bend)} ${n(top)}` +
    `H${n(right - bend)}Q${n(right)} ${n(top)} ${n(right)} ${n(top + bend)}V${n(bottom)}Z`
  );
}

/** The path data of every person in `cells`. */
export function peoplePath(cells: readonly IconCell[]): string {
  return cells.map((c) => personPath(c.x, c.y)).join('');
}
