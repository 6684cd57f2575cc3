import type { Variant } from '../../models/case.ts';
import { fromPack } from './fromPack.ts';
import type { RiskFigures } from './riskFiguresSchema.ts';

/**
 * The text keys of the risk figures (src/content/risks.json), made of ids as contentKeys.ts
 * makes the procedure's, so a locale pack translates them with the rest of the content:
 *   riskFigures.source.<sourceId>.title, riskFigures.source.<sourceId>.publisher
 *   riskFigures.<variant>.benefit.<benefitId>
 *   riskFigures.<variant>.row.<rowId>.label, riskFigures.<variant>.row.<rowId>.have
 * (not "risks.": that is the risks stage's own prefix).
 *
 * A copy of the figures with each of those texts replaced by `text(key, current)`, in the
 * order above; the numbers, sources' dates and quotes are untouched.
 */
export function mapRiskText(
  figures: RiskFigures,
  text: (key: string, current: string) => string,
): RiskFigures {
  const sources = figures.sources.map((s) => ({
    ...s,
    title: text(`riskFigures.source.${s.id}.title`, s.title),
    publisher: text(`riskFigures.source.${s.id}.publisher`, s.publisher),
  }));
  const variant = (name: Variant): RiskFigures['variants'][typeof name] => {
    const v = figures.variants[name];
    return {
      ...v,
      benefits: v.benefits.map((b) => ({
        ...b,
        text: text(`riskFigures.${name}.benefit.${b.id}`, b.text),
      })),
      rows: v.rows.map((row) => ({
        ...row,
        label: text(`riskFigures.${name}.row.${row.id}.label`, row.label),
        have: text(`riskFigures.${name}.row.${row.id}.have`, row.have),
      })),
    };
  };
  return {
    ...figures,
    sources,
    variants: { planned: variant('planned'), primary: variant('primary') },
  };
}

/** Every piece of the risk figures' text a patient can see, by its key. */
export function riskStrings(figures: RiskFigures): Record<string, string> {
  const out: Record<string, string> = {};
  mapRiskText(figures, (key, current) => {
    out[key] = current;
    return current;
  });
  return out;
}

/**
 * The figures in a pack's words (its `content`): a key the pack lacks keeps the English (the
 * build refuses such packs; this is the last guard). A pure function.
 */
export function localiseRisks(
  figures: RiskFigures,
  content: Readonly<Record<string, string>>,
): RiskFigures {
  return mapRiskText(figures, fromPack(content));
}
