import type { Variant } from '../../models/case.ts';
import type { Benefit, RiskFigures, RiskRow, RiskSource } from './riskFiguresSchema.ts';
import risksJson from './risks.json' with { type: 'json' };
/**
 * The risk figures told in the risks step, the transcript and the handout (src/content/risks.json).
 * They are content, with their source and date, so a hospital can put its own audit figures in
 * their place, per variant, and the review document shows which figures are in use.
 *
 * Told as risk is best told to patients (NICE NG197, 1.5): natural frequencies with one
 * denominator throughout ("fewer than 10 in 1,000 people"), never "common" or "rare" without
 * the number, and the people who do not have the problem as well as those who do.
 */

export const COMPARATORS = ['more-than', 'fewer-than', 'about'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const CATEGORIES = ['common', 'less-common', 'rare'] as const;
export type Category = (typeof CATEGORIES)[number];

export type {
  Benefit,
  RiskFigures,
  RiskRow,
  RiskSource,
  RiskVariant,
} from './riskFiguresSchema.ts';

/** The figures in use (checked against the schema in tests/content/riskFigures.test.ts). */
export const riskFigures = risksJson as RiskFigures;

/** A figure as told to the patient: "more than 50 of 1,000 have it; fewer than 950 do not". */
export interface NaturalFrequency {
  comparator: Comparator;
  /** People out of `total` who have it (the bound, for "more than" and "fewer than"). */
  count: number;
  total: number;
  /** The people who do not, and how to say it: the opposite bound. */
  rest: number;
  restComparator: Comparator;
}

const OPPOSITE: Record<Comparator, Comparator> = {
  'more-than': 'fewer-than',
  'fewer-than': 'more-than',
  about: 'about',
};

/**
 * A row's figure out of `total` people, rounded so it stays true: "more than 1 in 20" is more
 * than 50 in 1,000 (rounded down), "fewer than 1 in 350" is fewer than 3 in 1,000 (rounded up).
 */
export function naturalFrequency(row: RiskRow, total: number): NaturalFrequency {
  const exact = (row.frequency.count * total) / row.frequency.outOf;
  // Guards against 49.99999 from floating point before rounding in the safe direction.
  const tidy = Math.round(exact * 1e6) / 1e6;
  const count =
    row.comparator === 'more-than'
      ? Math.floor(tidy)
      : row.comparator === 'fewer-than'
        ? Math.ceil(tidy)
        : Math.round(tidy);
  return {
    comparator: row.comparator,
    count,
    total,
    rest: total - count,
    restComparator: OPPOSITE[row.comparator],
  };
}

/** What a patient of this variant is told: the figures, their source, and whether theirs is higher. */
export interface RisksForCase {
  variant: Variant;
  /** The procedure the figures describe (may differ from the patient's: see `higherThanShown`). */
  figuresFor: Variant;
  source: RiskSource;
  denominator: number;
  benefits: readonly Benefit[];
  rows: readonly RiskRow[];
  /**
   * True when an emergency patient is shown figures for a planned procedure: they must be told
   * the figures are for a planned procedure and that in an emergency the risk is higher.
   */
  higherThanShown: boolean;
}

export function risksFor(variant: Variant, figures: RiskFigures = riskFigures): RisksForCase {
  const v = figures.variants[variant];
  const source = figures.sources.find((s) => s.id === v.source);
  if (!source) throw new Error(`risks.json: variant ${variant} names unknown source ${v.source}`);
  return {
    variant,
    figuresFor: v.figuresFor,
    source,
    denominator: figures.denominator,
    benefits: v.benefits,
    rows: v.rows,
    higherThanShown: variant === 'primary' && v.figuresFor === 'planned',
  };
}
