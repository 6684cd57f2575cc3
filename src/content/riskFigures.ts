import { z } from 'zod';
import { VARIANTS, type Variant } from '../case/patientCase.ts';
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

/** Where a variant's figures come from: a national page, or a hospital's own audit. */
const RiskSource = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** "national": a published national figure; "hospital-audit": the hospital's own results. */
  kind: z.enum(['national', 'hospital-audit']),
  title: z.string().min(3),
  publisher: z.string().min(2),
  /** When the figures were published or the audit period ended: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  /** When the project (or hospital) took them from the source. */
  retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  /** For the reviewer: what the figures are and are not. */
  notes: z.string(),
});

export const COMPARATORS = ['more-than', 'fewer-than', 'about'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const CATEGORIES = ['common', 'less-common', 'rare'] as const;
export type Category = (typeof CATEGORIES)[number];

const RiskRow = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** A noun phrase for lists and legends: "Bleeding or bruising where the tube went in". */
  label: z.string().min(5).max(80),
  /** What happens, after "N people": "have bleeding or bruising where the tube went in". */
  have: z.string().min(5).max(100),
  comparator: z.enum(COMPARATORS),
  /** As the source gives it: 1 in 20 is { count: 1, outOf: 20 }; an audit's 8 in 1,000 is { 8, 1000 }. */
  frequency: z.strictObject({
    count: z.number().positive(),
    outOf: z.number().int().positive(),
  }),
  /** The source's own word for it; shown only beside the number, never alone. */
  category: z.enum(CATEGORIES),
  /** The clinical fact (src/content/clinical-facts.json) the figure rests on. */
  fact: z.string(),
});

/** A sentence on the benefits, in the hospital page's words (`quote` is its passage, verbatim). */
const Benefit = z.strictObject({
  text: z.string().min(10).max(200),
  quote: z.string().min(8),
});

const RiskVariant = z.strictObject({
  /**
   * Which procedure the figures describe. Emergency patients shown figures "for" a planned
   * procedure are always told so, and that their risk is higher (see `higherThanShown`).
   */
  figuresFor: z.enum(VARIANTS),
  /** A source id. */
  source: z.string(),
  benefits: z.array(Benefit).min(1),
  rows: z.array(RiskRow).min(1),
});

export const RiskFiguresSchema = z
  .strictObject({
    note: z.string(),
    /** One denominator for every figure: 100 or 1,000 people. */
    denominator: z.union([z.literal(100), z.literal(1000)]),
    sources: z.array(RiskSource).min(1),
    variants: z.strictObject({ planned: RiskVariant, primary: RiskVariant }),
  })
  .superRefine((f, ctx) => {
    const sourceIds = new Set(f.sources.map((s) => s.id));
    if (sourceIds.size !== f.sources.length)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'duplicate source id' });
    for (const variant of VARIANTS) {
      const v = f.variants[variant];
      if (!sourceIds.has(v.source))
        ctx.addIssue({
          code: 'custom',
          path: ['variants', variant, 'source'],
          message: `unknown source "${v.source}"`,
        });
      if (variant === 'planned' && v.figuresFor !== 'planned')
        ctx.addIssue({
          code: 'custom',
          path: ['variants', variant, 'figuresFor'],
          message: 'a planned patient is shown figures for a planned procedure',
        });
      const ids = new Set<string>();
      v.rows.forEach((row, i) => {
        const path = ['variants', variant, 'rows', i];
        if (ids.has(row.id))
          ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: 'duplicate row id' });
        ids.add(row.id);
        if (row.frequency.count > row.frequency.outOf)
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'frequency'],
            message: 'count cannot be more than outOf',
          });
        const n = naturalFrequency(row, f.denominator);
        if (n.count < 1 || n.count >= f.denominator)
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'frequency'],
            message: `${row.frequency.count} in ${row.frequency.outOf} cannot be told as a whole number of ${f.denominator} people: use a larger denominator`,
          });
      });
    }
  });

export type RiskFigures = z.infer<typeof RiskFiguresSchema>;
export type RiskRow = z.infer<typeof RiskRow>;
export type RiskSource = z.infer<typeof RiskSource>;
export type RiskVariant = z.infer<typeof RiskVariant>;
export type Benefit = z.infer<typeof Benefit>;

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
