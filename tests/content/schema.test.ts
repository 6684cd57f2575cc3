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

/** The issues of a change, but for reading time (which moving captions also upsets): checked on its own below. */
function orderIssues(change: (p: Json) => void): string[] {
  return procedureIssues(change).filter((i) => !i.includes('to be read'));
}

/** Index of a stage in the real file, so tests do not depend on the order of stages. */
const at = (id: string): number =>
  (procedureJson().stages as { id: string }[]).findIndex((s) => s.id === id);

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
    const i = at('guidewire');
    const issues = procedureIssues((p) => (p.stages[i].id = 'angiogram'));
    expect(issues).toEqual([`stages.${i}.id: duplicate stage id angiogram`]);
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
    expect(issues).toContain(`stages.0.captions.${last}.at: caption starts after its stage ends`);
  });

  it('rejects captions out of time order, or two at the same moment', () => {
    const i = at('stent-deployment');
    const swapped = orderIssues((p) => {
      const captions = p.stages[i].captions;
      captions[1].at = captions[2].at + 0.5;
    });
    expect(swapped).toEqual([
      expect.stringMatching(
        new RegExp(`^stages\\.${i}\\.captions\\.2\\.at: captions must be in time order`),
      ),
    ]);
    const same = orderIssues((p) => (p.stages[i].captions[2].at = p.stages[i].captions[1].at));
    expect(same).toEqual([
      expect.stringMatching(
        new RegExp(`^stages\\.${i}\\.captions\\.2\\.at: captions must be in time order`),
      ),
    ]);
  });

  it('gives every caption time to be read before the next, at 150 words a minute', () => {
    const i = at('afterwards');
    const issues = procedureIssues((p) => (p.stages[i].captions[1].at = 4));
    expect(issues).toEqual([
      expect.stringMatching(
        new RegExp(
          `^stages\\.${i}\\.captions\\.0\\.at: caption "medicines" is on screen 4\\.0 s but needs 7\\.6 s to be read`,
        ),
      ),
    ]);
  });

  it('rejects a stage whose first caption is not at 0 s', () => {
    const i = at('guidewire');
    const issues = orderIssues((p) => (p.stages[i].captions[0].at = 0.5));
    expect(issues).toEqual([
      `stages.${i}.captions.0.at: a stage must open with a caption at 0 s (planned radial proximal lad)`,
    ]);
  });

  it('rejects an action that runs past the end of its stage, but not one that ends exactly on it', () => {
    const past = procedureIssues((p) => {
      const stage = p.stages[at('catheter-entry')];
      stage.actions[0].duration = stage.duration - stage.actions[0].at + 0.01;
    });
    expect(past).toEqual([
      `stages.${at('catheter-entry')}.actions.0: action runs past the end of its stage`,
    ]);
    const exact = procedureIssues((p) => {
      const stage = p.stages[at('catheter-entry')];
      stage.actions[0].duration = stage.duration - stage.actions[0].at;
    });
    expect(exact).toEqual([]);
  });

  it('checks each case on its own: alternatives may share a moment, but one case may not see two', () => {
    const i = at('your-heart');
    // Two captions for the same artery at the same moment collide in that case only.
    const clash = orderIssues((p) => (p.stages[i].captions[3].when = { artery: ['lad'] }));
    expect(clash).toEqual([
      expect.stringMatching(
        new RegExp(
          `^stages\\.${i}\\.captions\\.3\\.at: captions must be in time order \\(planned radial proximal lad\\)`,
        ),
      ),
    ]);
    // A case left without an opening caption is named.
    const gap = orderIssues((p) => p.stages[i].captions.splice(1, 1));
    expect(gap).toEqual([
      `stages.${i}.captions.0.at: a stage must open with a caption at 0 s (primary radial proximal lad)`,
    ]);
  });

  it('gives a stage’s last caption time with its own picture before the camera moves on', () => {
    const i = at('your-heart');
    const issues = orderIssues((p) => (p.stages[i].duration = 16));
    expect(issues).toEqual([
      `stages.${i}.duration: the last caption needs 3 s on screen before the camera leaves for the next step (planned radial proximal lad)`,
    ]);
  });

  it('judges the camera move by the shot each case sees, alternatives included', () => {
    const i = at('your-heart');
    const next = at('narrowed-artery');
    // Planned cases stay on the heart (no move to wait for); the emergency alternative moves
    // to the narrowing, so only those cases need the last words' time.
    const issues = orderIssues((p) => {
      p.stages[i].duration = 16;
      p.stages[next].shot = p.stages[i].shot;
      expect(p.stages[next].alternatives[0].shot).not.toBe(p.stages[i].shot);
    });
    expect(issues).toEqual([
      `stages.${i}.duration: the last caption needs 3 s on screen before the camera leaves for the next step (primary radial proximal lad)`,
    ]);
  });

  it('rejects two questions with the same id, since language packs key their words by it', () => {
    const issues = procedureIssues((p) => (p.questions[1].id = p.questions[0].id));
    expect(issues).toContain(
      `questions.1.id: duplicate question id ${procedureJson().questions[0].id}`,
    );
  });

  it('rejects conditions on values that do not exist', () => {
    const issues = procedureIssues((p) => (p.stages[0].captions[0].when = { artery: ['lmca'] }));
    expect(issues).toEqual([expect.stringMatching(/^stages\.0\.captions\.0\.when\.artery\.0: /)]);
    const unknownField = procedureIssues((p) => (p.stages[0].when = { hospital: ['oxford'] }));
    expect(unknownField.join('\n')).toMatch(/^stages\.0\.when: /);
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
