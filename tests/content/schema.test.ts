import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ClinicalFactsSchema,
  Position,
  ProcedureSchema,
  SCENE_KEYS,
} from '../../src/content/schema.ts';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/content/${file}`, import.meta.url), 'utf8'));

/** The real procedure file, freshly parsed so each test can change its own copy. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutated freely to make bad content
type Json = any;
const procedureJson = (): Json => read('procedure.json');
const factsJson = (): Json => read('clinical-facts.json');

/** The issues the schema reports for the real procedure after `change`, as "path: message". */
function procedureIssues(change: (p: Json) => void): string[] {
  const p = procedureJson();
  change(p);
  const result = ProcedureSchema.safeParse(p);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function factIssues(change: (f: Json) => void): string[] {
  const f = factsJson();
  change(f);
  const result = ClinicalFactsSchema.safeParse(f);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('ProcedureSchema', () => {
  it('accepts the real procedure file', () => {
    const result = ProcedureSchema.safeParse(procedureJson());
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('rejects a stage id that is not kebab-case', () => {
    for (const id of ['Balloon-Inflation', 'balloon_inflation', 'balloon inflation', '-balloon']) {
      const issues = procedureIssues((p) => (p.stages[4].id = id));
      expect(issues, id).toEqual([expect.stringMatching(/^stages\.4\.id: kebab-case/)]);
    }
  });

  it('rejects two stages with the same id', () => {
    const issues = procedureIssues((p) => (p.stages[3].id = p.stages[2].id));
    expect(issues).toEqual(['stages.3.id: duplicate stage id angiogram']);
  });

  it('rejects a stage whose camera shot does not exist', () => {
    const issues = procedureIssues((p) => (p.stages[1].shot = 'close-up'));
    expect(issues).toEqual(['stages.1.shot: unknown shot "close-up"']);
  });

  it('rejects a caption that starts at or after its stage ends', () => {
    const last = procedureJson().stages[0].captions.length - 1;
    const issues = procedureIssues((p) => {
      const stage = p.stages[0];
      stage.captions[last].at = stage.duration;
    });
    expect(issues).toEqual([`stages.0.captions.${last}.at: caption starts after its stage ends`]);
  });

  it('rejects captions out of time order, or two at the same moment', () => {
    const swapped = procedureIssues((p) => {
      const captions = p.stages[0].captions;
      captions[1].at = captions[2].at + 0.5;
    });
    expect(swapped).toEqual(['stages.0.captions.2.at: captions must be in time order']);
    const same = procedureIssues((p) => (p.stages[0].captions[2].at = p.stages[0].captions[1].at));
    expect(same).toEqual(['stages.0.captions.2.at: captions must be in time order']);
  });

  it('rejects a stage whose first caption is not at 0 s', () => {
    const issues = procedureIssues((p) => (p.stages[2].captions[0].at = 0.5));
    expect(issues).toEqual(['stages.2.captions.0.at: a stage must open with a caption at 0 s']);
  });

  it('rejects an action that runs past the end of its stage, but not one that ends exactly on it', () => {
    const past = procedureIssues((p) => {
      const stage = p.stages[1];
      stage.actions[0].duration = stage.duration - stage.actions[0].at + 0.01;
    });
    expect(past).toEqual(['stages.1.actions.0: action runs past the end of its stage']);
    const exact = procedureIssues((p) => {
      const stage = p.stages[1];
      stage.actions[0].duration = stage.duration - stage.actions[0].at;
    });
    expect(exact).toEqual([]);
  });

  it('rejects a missing initial value for any scene key', () => {
    for (const key of SCENE_KEYS) {
      const issues = procedureIssues((p) => {
        p.initial = Object.fromEntries(
          Object.entries(p.initial as object).filter(([k]) => k !== key),
        );
      });
      // zod 4 records over an enum are exhaustive, so zod itself names the missing key.
      expect(issues, key).toEqual([expect.stringMatching(new RegExp(`^initial\\.${key}: `))]);
    }
  });

  it('rejects an unknown scene key in an action', () => {
    const issues = procedureIssues((p) => (p.stages[3].actions[0].to = { wireTipp: 'end-5' }));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.join('\n')).toMatch(/stages\.3\.actions\.0\.to/);
  });

  it('rejects a caption with no source', () => {
    const issues = procedureIssues((p) => (p.stages[0].captions[0].sources = []));
    expect(issues).toEqual([expect.stringMatching(/^stages\.0\.captions\.0\.sources: /)]);
  });

  it('rejects bad landmark strings in positions', () => {
    const issues = procedureIssues((p) => (p.initial.guideTip = 'middle+3'));
    expect(issues).toEqual([expect.stringMatching(/^initial\.guideTip: /)]);
    const inAction = procedureIssues((p) => (p.stages[3].actions[0].to.wireTip = 'end - 5'));
    expect(inAction).toEqual([expect.stringMatching(/^stages\.3\.actions\.0\.to\.wireTip: /)]);
  });
});

describe('Position', () => {
  it('accepts numbers and landmarks with an optional signed offset in mm', () => {
    for (const good of [0, -12.5, 36, 'entry', 'lesion', 'plaqueStart', 'plaqueEnd', 'end']) {
      expect(Position.safeParse(good).success, String(good)).toBe(true);
    }
    for (const good of ['lesion-12', 'entry+7', 'end-5', 'plaqueStart+0.5', 'entry-90']) {
      expect(Position.safeParse(good).success, good).toBe(true);
    }
  });

  it('rejects anything else', () => {
    const bad = [
      '',
      'middle',
      'Lesion',
      'LESION',
      'lesion+',
      'lesion-',
      'lesion+-3',
      'lesion 3',
      'lesion -3',
      ' lesion',
      'lesion+3mm',
      'lesion+1e3',
      'lesion+.5',
      'lesion+3.',
      'entry+0x10',
      'plaque',
      'lesion-12\n',
      '12',
      'entry+3+4',
    ];
    for (const value of bad) expect(Position.safeParse(value).success, value).toBe(false);
    for (const value of [null, undefined, true, {}, [], ['lesion']]) {
      expect(Position.safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
  });
});

describe('ClinicalFactsSchema', () => {
  it('accepts the real clinical facts file', () => {
    const result = ClinicalFactsSchema.safeParse(factsJson());
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('rejects duplicate fact ids', () => {
    const issues = factIssues((f) => (f[1].id = f[0].id));
    expect(issues).toEqual(['1.id: duplicate fact id access-route']);
  });

  it('rejects a shared fact without its quote', () => {
    const issues = factIssues((f) => delete f[0].quote);
    expect(issues).toEqual(['0.quote: a shared fact quotes its line']);
  });

  it('rejects a fact id that is not kebab-case and an unknown origin', () => {
    expect(factIssues((f) => (f[0].id = 'Access route'))).toEqual([
      expect.stringMatching(/^0\.id: /),
    ]);
    expect(factIssues((f) => (f[0].origin = 'internet'))).toEqual([
      expect.stringMatching(/^0\.origin: /),
    ]);
  });
});
