// The pictograph and the risks panel's words, rendered to HTML (no browser needed): what a
// screen reader hears and what the legend and sentences say, for each variant.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { risksFor } from '../../../src/content/riskFigures.ts';
import { language } from '../../../src/i18n/language.ts';
import { IconArray } from '../../../src/ui/risks/IconArray.tsx';
import { RisksContent } from '../../../src/ui/risks/RisksPanel.tsx';
import { riskWords } from '../../../src/ui/risks/riskWords.ts';

const { t } = language.get();

/** The d attribute of the path with this class. */
function pathOf(html: string, className: string): string {
  return new RegExp(`class="${className}" d="([^"]*)"`).exec(html)?.[1] ?? '';
}
const people = (d: string): number => (d.match(/Z/g)?.length ?? 0) / 2;

describe('IconArray', () => {
  const html = renderToStaticMarkup(
    createElement(IconArray, {
      total: 1000,
      affected: 50,
      label: 'Out of 1,000 people, more than 50 have it. Fewer than 950 do not.',
      affectedLegend: 'People who have it: more than 50',
      unaffectedLegend: 'People who do not: fewer than 950',
    }),
  );

  it('is one image with a sentence for its name', () => {
    expect(html.match(/role="img"/g)).toHaveLength(1);
    expect(html).toContain(
      'role="img" aria-label="Out of 1,000 people, more than 50 have it. Fewer than 950 do not."',
    );
    // The legend's little people are decoration: the words beside them say it.
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(2);
  });

  it('draws every person: the affected filled, everyone else outlined', () => {
    // The first path of each class is the picture's (the legend's come after).
    expect(people(pathOf(html, 'icon-array__affected'))).toBe(50);
    expect(people(pathOf(html, 'icon-array__unaffected'))).toBe(950);
    expect(html).toContain('People who have it: more than 50');
    expect(html).toContain('People who do not: fewer than 950');
  });

  it('draws no affected path when nobody is affected', () => {
    const none = renderToStaticMarkup(
      createElement(IconArray, {
        total: 100,
        affected: 0,
        label: 'Nobody',
        affectedLegend: 'a',
        unaffectedLegend: 'b',
      }),
    );
    expect(none.match(/class="icon-array__affected"/g)).toHaveLength(1); // the legend only
  });
});

describe('the risks in words', () => {
  it('say each figure as a natural frequency out of 1,000, with the people who do not', () => {
    const words = riskWords(risksFor('planned'), t, 'en-GB');
    expect(words[0]?.sentence).toBe(
      'Out of 1,000 people having a planned angioplasty, more than 50 have bleeding or bruising under the skin where the tube went in.',
    );
    expect(words[0]?.rest).toBe('Fewer than 950 do not.');
    expect(words[0]?.summary).toBe('Common: more than 50 in 1,000');
    expect(words.find((w) => w.id === 'heart-artery')?.sentence).toContain('fewer than 3 have');
    // "Common", "less common" and "rare" are never said without their number.
    for (const w of words)
      expect(w.summary).toMatch(/^(Common|Less common|Rare): .*\d.* in 1,000$/);
  });

  it('tell an emergency patient the figures are for a planned procedure and theirs is higher', () => {
    const render = (variant: 'planned' | 'primary'): string =>
      renderToStaticMarkup(
        createElement(RisksContent, { risks: risksFor(variant), selected: 0, onSelect: () => {} }),
      );
    const planned = render('planned');
    const primary = render('primary');
    const note = t('risks.plannedFigures');
    expect(planned).not.toContain(note);
    expect(primary).toContain(note);
    // Their figures are labelled as a planned angioplasty's, never as an emergency's.
    expect(primary).toContain('people having a planned angioplasty');
    expect(primary).not.toContain('people having an emergency angioplasty');
    for (const html of [planned, primary]) {
      expect(html).toContain(t('risks.ownRisk'));
      for (const q of ['own', 'benefits', 'without', 'options'] as const)
        expect(html).toContain(t(`risks.ask.${q}`));
      expect(html).toContain('Most procedures are successful.');
      expect(html).toContain('NHS website');
      expect(html.match(/aria-pressed="true"/g)).toHaveLength(1);
    }
  });

  it('show the chosen risk in the pictograph', () => {
    const risks = risksFor('planned');
    const index = risks.rows.findIndex((r) => r.id === 'heart-artery');
    const html = renderToStaticMarkup(
      createElement(RisksContent, { risks, selected: index, onSelect: () => {} }),
    );
    expect(html).toContain('data-total="1000" data-affected="3"');
    expect(html).toMatch(/aria-pressed="true" data-risk="heart-artery"/);
  });
});
