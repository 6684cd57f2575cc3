import { z } from 'zod';
import { VARIANTS } from '../../models/case.ts';
import { CATEGORIES, COMPARATORS, naturalFrequency } from './riskFigures.ts';

/**
 * The shape of src/content/risks.json (the risk figures: see riskFigures.ts). Checked in the
 * unit tests (tests/content/riskFigures.test.ts); the app imports only the types, so zod never
 * reaches the browser.
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
  /** Stable within its variant: the key of its translations (src/content/riskKeys.ts). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
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
      const benefitIds = new Set(v.benefits.map((b) => b.id));
      if (benefitIds.size !== v.benefits.length)
        ctx.addIssue({
          code: 'custom',
          path: ['variants', variant, 'benefits'],
          message: 'duplicate benefit id',
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
