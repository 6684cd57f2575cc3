import { useMemo } from 'react';
import { CELL, iconArrayLayout, peoplePath, personPath } from './iconLayout.ts';
import './iconArray.css';

export interface IconArrayProps {
  /** People in the picture: 100 or 1,000 (the one denominator used throughout). */
  total: number;
  /** How many of them are shown affected, together from the top-left corner. */
  affected: number;
  /** The whole picture as one sentence, read by screen readers in its place. */
  label: string;
  /** The legend's words for the filled people and for the outlined ones. */
  affectedLegend: string;
  unaffectedLegend: string;
  /** Blocks of 100 across (default: 1 for 100 people, 5 for 1,000). */
  blocksAcross?: number;
  className?: string;
}

/** One person for the legend, in the same style as in the picture. */
function LegendPerson({ affected }: { affected: boolean }) {
  return (
    <svg
      className="icon-array__key"
      viewBox={`-1 -1 ${CELL + 2} ${CELL + 2}`}
      aria-hidden="true"
      focusable="false"
    >
      <path
        className={affected ? 'icon-array__affected' : 'icon-array__unaffected'}
        d={personPath(0, 0)}
      />
    </svg>
  );
}

/**
 * A pictograph of 100 or 1,000 people (an icon array), in blocks of ten rows of ten, the
 * people affected filled in and together at the top-left corner, everyone else outlined: the
 * two differ in shape (solid or hollow) as well as colour. Screen readers read `label`.
 */
export function IconArray({
  total,
  affected,
  label,
  affectedLegend,
  unaffectedLegend,
  blocksAcross,
  className,
}: IconArrayProps) {
  const layout = useMemo(
    () => iconArrayLayout(total, affected, blocksAcross),
    [total, affected, blocksAcross],
  );
  const paths = useMemo(
    () => ({
      affected: peoplePath(layout.cells.filter((c) => c.affected)),
      unaffected: peoplePath(layout.cells.filter((c) => !c.affected)),
    }),
    [layout],
  );
  return (
    <figure
      className={className ? `icon-array ${className}` : 'icon-array'}
      data-testid="icon-array"
      data-total={total}
      data-affected={affected}
    >
      <svg
        className="icon-array__picture"
        role="img"
        aria-label={label}
        viewBox={`-1 -1 ${layout.width + 2} ${layout.height + 2}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <path className="icon-array__unaffected" d={paths.unaffected} />
        {affected > 0 && <path className="icon-array__affected" d={paths.affected} />}
      </svg>
      <figcaption className="icon-array__legend">
        <span className="icon-array__legend-item">
          <LegendPerson affected />
          <span>{affectedLegend}</span>
        </span>
        <span className="icon-array__legend-item">
          <LegendPerson affected={false} />
          <span>{unaffectedLegend}</span>
        </span>
      </figcaption>
    </figure>
  );
}
