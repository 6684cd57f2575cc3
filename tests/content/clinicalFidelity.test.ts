import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createArtery, percentDiameterOpen } from '../../models/artery.ts';
import {
  BALLOON_FOLDED_DIAMETER,
  BALLOON_SHAFT_DIAMETER,
  GUIDE_CATHETER_INNER_DIAMETER,
  GUIDE_CATHETER_OUTER_DIAMETER,
  GUIDEWIRE_DIAMETER,
  LUMEN_DIAMETER,
  PLAQUE_LENGTH,
  PREDILATION_BALLOON,
  RED_CELL_ILLUSTRATION_SCALE,
  RED_CELL_TRUE_DIAMETER,
  STENOSIS_DIAMETER_FRACTION,
  STENT_BALLOON,
  STENT_DIAMETER,
  STENT_LENGTH,
  STENT_STRUT_THICKNESS,
  WALL_THICKNESS,
} from '../../models/dimensions.ts';
import {
  DEFAULT_VESSEL,
  STENT_DIAMETER_RANGE,
  type Vessel,
  vesselFor,
} from '../../models/vessel.ts';
import { CORONARY_ARTERIES, SEGMENTS } from '../../src/case/patientCase.ts';
import { clinicalFacts, procedure } from '../../src/content/index.ts';
import { initialState } from '../../src/timeline/buildTimeline.ts';
import { landmarksOf, resolvePosition } from '../../src/timeline/landmarks.ts';

/** The project's checked clinical facts: the numbers below are read from it, not copied. */
const factsText = readFileSync(
  new URL('../../src/content/sources/clinical-facts.md', import.meta.url),
  'utf8',
);

/** The numbers captured by `pattern` in the checked facts file. */
function factNumbers(pattern: RegExp): number[] {
  const m = pattern.exec(factsText);
  if (!m) throw new Error(`clinical-facts.md no longer says ${pattern}`);
  return m.slice(1).map(Number);
}

const statement = (id: string): string => {
  const fact = clinicalFacts.find((f) => f.id === id);
  if (!fact) throw new Error(`no clinical fact ${id}`);
  return fact.statement;
};

/** Every artery and segment a patient's case can name. */
const vessels = CORONARY_ARTERIES.flatMap((a) => SEGMENTS.map((s) => vesselFor(a, s)));
const named = (v: Vessel): string => `${v.segment} ${v.artery}`;

describe('true scale agrees with the checked clinical facts', () => {
  it('makes the healthy lumen a size found between the distal and proximal LAD', () => {
    const [proximal, distal] = factNumbers(
      /proximal LAD about ([\d.]+) mm, distal LAD about ([\d.]+) mm/,
    );
    expect([proximal, distal]).toEqual([3.7, 1.9]);
    expect(LUMEN_DIAMETER).toBe(DEFAULT_VESSEL.lumenDiameter);
    expect(LUMEN_DIAMETER).toBeGreaterThanOrEqual(distal ?? NaN);
    expect(LUMEN_DIAMETER).toBeLessThanOrEqual(proximal ?? NaN);
    expect(statement('lumen-diameter')).toContain(`about ${LUMEN_DIAMETER} mm across`);
  });

  it('sizes every artery and segment from the cited lumen diameters', () => {
    const [leftMain, proximal, distal, rcaLow, rcaHigh] = factNumbers(
      /left main about ([\d.]+) mm; proximal LAD about ([\d.]+) mm, distal LAD about ([\d.]+) mm; proximal RCA ([\d.]+)-([\d.]+) mm/,
    );
    expect(vesselFor('lad', 'proximal').lumenDiameter).toBe(proximal);
    const rca = vesselFor('rca', 'proximal').lumenDiameter;
    expect(rca).toBeGreaterThanOrEqual(rcaLow ?? NaN);
    expect(rca).toBeLessThanOrEqual(rcaHigh ?? NaN);
    for (const v of vessels) {
      // No artery beyond the left main is wider than it, or narrower than the distal LAD.
      expect(v.lumenDiameter, named(v)).toBeLessThan(leftMain ?? NaN);
      expect(v.lumenDiameter, named(v)).toBeGreaterThanOrEqual(distal ?? NaN);
      if (v.artery === 'lad') {
        expect(v.lumenDiameter, named(v)).toBeLessThanOrEqual(proximal ?? NaN);
      }
      expect(statement('vessel-sizes'), named(v)).toContain(`${v.lumenDiameter}`);
    }
  });

  it('draws the guidewire 0.014 inch (0.36 mm) across', () => {
    const [inch, mm] = factNumbers(/Guidewire ([\d.]+) inch \(([\d.]+) mm\)/);
    expect(GUIDEWIRE_DIAMETER).toBeCloseTo((inch ?? NaN) * 25.4, 9);
    expect(Math.abs(GUIDEWIRE_DIAMETER - (mm ?? NaN))).toBeLessThanOrEqual(0.01);
  });

  it('draws a 6 French guide catheter, 2.0 mm outside, that fits the balloon shaft inside it', () => {
    const [french, outer] = factNumbers(/Guide catheter (\d+) French: ([\d.]+) mm outer diameter/);
    expect(french).toBe(6);
    expect(GUIDE_CATHETER_OUTER_DIAMETER).toBe(outer);
    expect(GUIDE_CATHETER_OUTER_DIAMETER).toBeCloseTo((french ?? NaN) / 3, 1);
    expect(GUIDE_CATHETER_INNER_DIAMETER).toBeLessThan(GUIDE_CATHETER_OUTER_DIAMETER);
    expect(GUIDE_CATHETER_INNER_DIAMETER).toBeGreaterThan(BALLOON_SHAFT_DIAMETER);
    expect(GUIDE_CATHETER_INNER_DIAMETER).toBeGreaterThan(GUIDEWIRE_DIAMETER);
  });

  it('sizes the stent within the makers\u2019 range of diameters and lengths', () => {
    const [dMin, dMax, lMin, lMax] = factNumbers(
      /Stents: diameters about ([\d.]+)-([\d.]+) mm, lengths from about ([\d.]+) mm up to ([\d.]+) mm/,
    );
    expect([dMin, dMax, lMin, lMax]).toEqual([2.25, 5.0, 8, 48]);
    expect(STENT_DIAMETER_RANGE).toEqual([dMin, dMax]);
    for (const v of vessels) {
      expect(v.stentDiameter, named(v)).toBeGreaterThanOrEqual(dMin ?? NaN);
      expect(v.stentDiameter, named(v)).toBeLessThanOrEqual(dMax ?? NaN);
      expect(v.stentLength, named(v)).toBeGreaterThanOrEqual(lMin ?? NaN);
      expect(v.stentLength, named(v)).toBeLessThanOrEqual(lMax ?? NaN);
      // The lattice drawn is the stent chosen.
      const design = createArtery(v).stent;
      expect(design.length).toBe(v.stentLength);
      expect(design.expandedRadius - design.strutThickness / 2).toBeCloseTo(v.stentDiameter / 2, 9);
    }
    expect([STENT_DIAMETER, STENT_LENGTH]).toEqual([
      DEFAULT_VESSEL.stentDiameter,
      DEFAULT_VESSEL.stentLength,
    ]);
    expect(statement('stent-size')).toContain(
      `${STENT_DIAMETER.toFixed(1)} mm across and ${STENT_LENGTH} mm long`,
    );
  });

  it('expands every stent to its artery\u2019s healthy size on a balloon of the same size', () => {
    // The sizes stents are made in, read from the checked facts (3.75 mm is not one).
    const sizes =
      /Stent diameters come in steps: typically ([\d., and]+) mm; some ranges add ([\d., and]+) mm/.exec(
        factsText,
      );
    const catalogue = `${sizes?.[1]}, ${sizes?.[2]}`.split(/,\s*|\s+and\s+/).map(Number);
    expect(catalogue).toContain(4);
    expect(catalogue).not.toContain(3.75);
    for (const v of vessels) {
      // The nearest size made: never smaller than the artery, never a size the facts do not list.
      expect(v.stentDiameter, named(v)).toBeGreaterThanOrEqual(v.lumenDiameter);
      expect(catalogue, named(v)).toContain(v.stentDiameter);
      expect(v.stentDiameter - v.lumenDiameter, named(v)).toBeLessThanOrEqual(0.5);
      expect(v.stentBalloon.diameter, named(v)).toBe(v.stentDiameter);
      expect(v.stentBalloon.length, named(v)).toBeGreaterThan(v.stentLength);
    }
    expect(STENT_BALLOON).toEqual(DEFAULT_VESSEL.stentBalloon);
  });

  it('makes every stent longer than its plaque, so it covers it with a margin', () => {
    for (const v of vessels) {
      expect(v.stentLength, named(v)).toBeGreaterThan(v.plaqueLength);
      expect(statement('lesion-length'), named(v)).toContain(`${v.plaqueLength} mm`);
      expect(statement('lesion-length'), named(v)).toContain(`${v.stentLength} mm`);
    }
    expect(PLAQUE_LENGTH).toBe(DEFAULT_VESSEL.plaqueLength);
  });

  it('narrows every artery by 70% of its diameter before treatment', () => {
    expect(STENOSIS_DIAMETER_FRACTION).toBe(0.7);
    for (const v of vessels) {
      expect(1 - percentDiameterOpen(createArtery(v), 0), named(v)).toBeCloseTo(0.7, 9);
    }
    expect(statement('stenosis-severity')).toContain('70%');
  });

  it('uses the project facts\u2019 numbers for the wall, struts, balloons and red cells', () => {
    expect(statement('wall-thickness')).toContain(`${WALL_THICKNESS} mm is shown`);
    expect(WALL_THICKNESS).toBeLessThan(1);
    expect(STENT_STRUT_THICKNESS).toBeCloseTo(0.08, 2);
    expect(PREDILATION_BALLOON).toEqual(DEFAULT_VESSEL.predilation);
    expect(statement('predilation-balloon')).toContain(
      `${PREDILATION_BALLOON.diameter} mm across and ${PREDILATION_BALLOON.length} mm long`,
    );
    for (const v of vessels) {
      expect(v.wallThickness).toBe(WALL_THICKNESS);
      expect(v.predilation.diameter, named(v)).toBeLessThan(v.lumenDiameter);
      expect(v.predilation.diameter, named(v)).toBe(v.stentDiameter - 0.5);
      expect(v.predilation.length, named(v)).toBeLessThan(v.stentLength);
    }
    expect(statement('balloon-shaft')).toContain(
      `${BALLOON_FOLDED_DIAMETER}-${BALLOON_SHAFT_DIAMETER} mm`,
    );
    expect(statement('red-cell-size')).toContain(`about ${RED_CELL_TRUE_DIAMETER} mm across`);
    expect(statement('red-cell-size')).toContain(`${RED_CELL_ILLUSTRATION_SCALE} times larger`);
  });

  it('gives the timeline each vessel\u2019s own balloons, named rather than numbered', () => {
    const swap = procedure.stages
      .find((s) => s.id === 'stent-deployment')
      ?.actions.find((a) => a.to.balloonDiameter !== undefined);
    expect(procedure.initial.balloonDiameter).toBe('predilationDiameter');
    expect(procedure.initial.balloonLength).toBe('predilationLength');
    expect(swap?.to.balloonDiameter).toBe('stentBalloonDiameter');
    expect(swap?.to.balloonLength).toBe('stentBalloonLength');
    for (const v of vessels) {
      const landmarks = landmarksOf(createArtery(v));
      const state = initialState(procedure, landmarks);
      expect(state.balloonDiameter, named(v)).toBe(v.predilation.diameter);
      expect(state.balloonLength, named(v)).toBe(v.predilation.length);
      expect(resolvePosition(swap?.to.balloonDiameter ?? NaN, landmarks)).toBe(
        v.stentBalloon.diameter,
      );
      expect(resolvePosition(swap?.to.balloonLength ?? NaN, landmarks)).toBe(v.stentBalloon.length);
    }
  });
});

describe('the stages follow the clinical sequence', () => {
  const ids = procedure.stages.map((s) => s.id);

  it('puts the steps of a planned PCI in order', () => {
    const sequence = [
      'catheter-entry',
      'angiogram',
      'guidewire',
      'balloon-inflation',
      'stent-deployment',
      'balloon-removal',
      'result',
      'afterwards',
    ];
    const positions = sequence.map((id) => ids.indexOf(id));
    for (const [i, id] of sequence.entries()) expect(positions[i], id).toBeGreaterThanOrEqual(0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('follows the numbered sequence of clinical-facts.md', () => {
    // The step of the checked sequence each stage shows, by the words that open that step.
    const steps: [string, RegExp][] = [
      ['catheter-entry', /^1\. Local anaesthetic/m],
      ['angiogram', /^3\. Contrast dye is injected/m],
      ['guidewire', /^4\. A very fine guidewire/m],
      ['balloon-inflation', /^5\. A balloon catheter runs over the wire/m],
      ['stent-deployment', /^6\. A stent crimped on a balloon/m],
      ['balloon-removal', /^8\. The balloon is deflated and withdrawn/m],
      ['result', /^9\. The catheter and sheath are removed/m],
    ];
    let lastStep = 0;
    let lastStage = -1;
    for (const [id, pattern] of steps) {
      const m = pattern.exec(factsText);
      expect(m, id).not.toBeNull();
      const step = Number(m?.[0].split('.')[0]);
      expect(step, id).toBeGreaterThan(lastStep);
      expect(ids.indexOf(id), id).toBeGreaterThan(lastStage);
      lastStep = step;
      lastStage = ids.indexOf(id);
    }
  });
});
