import {
  naturalFrequency,
  type NaturalFrequency,
  type RiskRow,
  type RisksForCase,
} from '../../content/riskFigures.ts';
import type { Vars } from '../../i18n/types.ts';
import type { UiKey } from '../../i18n/types.ts';

type T = (key: UiKey, vars?: Vars) => string;

/** What the screen, the transcript and the handout say about one risk. */
export interface RiskWords {
  id: string;
  label: string;
  figure: NaturalFrequency;
  /** "Common: more than 50 in 1,000": the source's word, never without its number. */
  summary: string;
  /** "Out of 1,000 people having a planned angioplasty, more than 50 have … ." */
  sentence: string;
  /** "Fewer than 950 do not." */
  rest: string;
  /** Legend lines for the pictograph. */
  affectedLegend: string;
  unaffectedLegend: string;
}

const AMOUNT = {
  'more-than': 'risks.amount.moreThan',
  'fewer-than': 'risks.amount.fewerThan',
  about: 'risks.amount.about',
} as const satisfies Record<NaturalFrequency['comparator'], UiKey>;

const REST = {
  'more-than': 'risks.rest.moreThan',
  'fewer-than': 'risks.rest.fewerThan',
  about: 'risks.rest.about',
} as const satisfies Record<NaturalFrequency['comparator'], UiKey>;

const CATEGORY = {
  common: 'risks.category.common',
  'less-common': 'risks.category.lessCommon',
  rare: 'risks.category.rare',
} as const satisfies Record<RiskRow['category'], UiKey>;

const POPULATION = {
  planned: 'risks.population.planned',
  primary: 'risks.population.primary',
} as const satisfies Record<RisksForCase['figuresFor'], UiKey>;

/** Whole numbers with the locale's thousands separator: "1,000". */
function numberIn(tag: string): (n: number) => string {
  const format = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  return (n) => format.format(n);
}

/** The words for every risk of a case, in the locale `tag`, through the UI strings `t`. */
export function riskWords(risks: RisksForCase, t: T, tag: string): RiskWords[] {
  const num = numberIn(tag);
  const total = num(risks.denominator);
  const population = t(POPULATION[risks.figuresFor]);
  return risks.rows.map((row) => {
    const figure = naturalFrequency(row, risks.denominator);
    const amount = t(AMOUNT[figure.comparator], { count: num(figure.count) });
    const restAmount = t(AMOUNT[figure.restComparator], { count: num(figure.rest) });
    return {
      id: row.id,
      label: row.label,
      figure,
      summary: t('risks.rowSummary', { category: t(CATEGORY[row.category]), amount, total }),
      sentence: t('risks.sentence', { total, population, amount, have: row.have }),
      rest: t(REST[figure.restComparator], { count: num(figure.rest) }),
      affectedLegend: t('risks.legend.affected', { amount }),
      unaffectedLegend: t('risks.legend.unaffected', { amount: restAmount }),
    };
  });
}

/** Where the figures come from, in one line: national figures or the hospital's own. */
export function riskSourceLine(risks: RisksForCase, t: T): string {
  const { source } = risks;
  return t(source.kind === 'national' ? 'risks.source.national' : 'risks.source.hospital', {
    publisher: source.publisher,
    title: source.title,
    date: source.date,
  });
}

/** The questions a patient could ask their team, in order. */
export const QUESTIONS_TO_ASK = [
  'risks.ask.own',
  'risks.ask.benefits',
  'risks.ask.without',
  'risks.ask.options',
] as const satisfies readonly UiKey[];
