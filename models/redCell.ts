/**
 * The outline of a red blood cell: a biconcave disc (Evans and Fung, 1972), as (radius,
 * height) points for a lathe, from the bottom centre round the rim to the top centre.
 * Unit diameter; the scene scales it to RED_CELL_DIAMETER.
 */
export function redCellProfile(steps = 4): [number, number][] {
  // Half-thickness at fraction x of the radius: Evans and Fung's fit (C0 0.81, C2 7.83,
  // C4 -4.39 micrometres for a 7.82 micrometre cell), divided by the diameter.
  const half = (x: number): number =>
    Math.max(
      0.5 * Math.sqrt(Math.max(1 - x * x, 0)) * (0.1036 + 1.001 * x * x - 0.5614 * x ** 4),
      0.004,
    );
  const radii = Array.from({ length: steps + 1 }, (_, i) => Math.sin((i / steps) * (Math.PI / 2)));
  return [
    ...radii.map((x): [number, number] => [x * 0.5, -half(x)]),
    ...[...radii].reverse().map((x): [number, number] => [x * 0.5, half(x)]),
  ];
}
