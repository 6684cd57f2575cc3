/** An axis-aligned box in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  /** Where the labelled part is on screen. */
  anchorX: number;
  anchorY: number;
  width: number;
  height: number;
}

/** How far a label sits from its part, so the leader line is visible. */
const OFFSET = 18;

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box slid just far enough to lie inside the bounds (labels of parts near an edge). */
const clampInto = (a: Box, bounds: Box): Box => ({
  ...a,
  x: Math.min(Math.max(a.x, bounds.x), bounds.x + bounds.width - a.width),
  y: Math.min(Math.max(a.y, bounds.y), bounds.y + bounds.height - a.height),
});

const inside = (a: Box, bounds: Box): boolean =>
  a.x >= bounds.x &&
  a.y >= bounds.y &&
  a.x + a.width <= bounds.x + bounds.width &&
  a.y + a.height <= bounds.y + bounds.height;

/** Places to try for a label, nearest first: above, below, right, left, then further out. */
function candidates(r: LabelRequest): Box[] {
  const { anchorX: x, anchorY: y, width: w, height: h } = r;
  const boxes: Box[] = [];
  for (const reach of [OFFSET, OFFSET + h + 6, OFFSET + 2 * (h + 6)]) {
    boxes.push(
      { x: x - w / 2, y: y - reach - h, width: w, height: h },
      { x: x - w / 2, y: y + reach, width: w, height: h },
      { x: x + reach, y: y - h / 2, width: w, height: h },
      { x: x - reach - w, y: y - h / 2, width: w, height: h },
      { x: x + reach * 0.7, y: y - reach * 0.7 - h, width: w, height: h },
      { x: x - reach * 0.7 - w, y: y + reach * 0.7, width: w, height: h },
    );
  }
  return boxes;
}

/**
 * Greedy label placement: each label in turn takes the first nearby spot that stays inside
 * the picture (slid in from the edge if need be) and covers neither an earlier label nor anything in `keepOut` (the caption,
 * buttons, the X-ray inset). A label with no free spot is left out (null) rather than
 * drawn over something else.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  keepOut: readonly Box[] = [],
): (Box | null)[] {
  // Labels never hide another part's marker dot either.
  const dots = requests.map((r) => ({ x: r.anchorX - 5, y: r.anchorY - 5, width: 10, height: 10 }));
  const taken: Box[] = [...keepOut, ...dots];
  return requests.map((r) => {
    const spots = candidates(r);
    const free = (c: Box): boolean => inside(c, bounds) && !taken.some((t) => overlaps(c, t));
    const spot = spots.find(free) ?? spots.map((c) => clampInto(c, bounds)).find(free);
    if (!spot) return null;
    taken.push(spot);
    return spot;
  });
}
