import { describe, expect, it } from 'vitest';
import { governanceProblems, isApproved } from '../../src/content/governance.ts';
import { procedure } from '../../src/content/index.ts';
import type { Procedure } from '../../src/content/schema.ts';

type Meta = Procedure['meta'];
const meta = (change: Partial<Meta> = {}): Meta => ({
  ...structuredClone(procedure.meta),
  ...change,
});
const today = '2026-11-26';

describe('content governance', () => {
  it('the real content is in date, and its reviews are in order', () => {
    expect(governanceProblems(procedure.meta, new Date().toISOString().slice(0, 10))).toEqual([]);
  });

  it('refuses content whose review date has passed, naming the field', () => {
    const problems = governanceProblems(
      meta({ lastReviewed: '2024-01-01', nextReview: '2025-01-01' }),
      today,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('meta.nextReview (2025-01-01) has passed');
  });

  it('refuses a next review that does not follow the last, and reviews from the future', () => {
    expect(
      governanceProblems(
        meta({ lastReviewed: '2026-06-01', nextReview: '2026-06-01' }),
        today,
      ).join(' '),
    ).toContain('must come after meta.lastReviewed');
    expect(
      governanceProblems(meta({ lastReviewed: '2027-01-01', nextReview: '2028-01-01' }), today)[0],
    ).toContain('is in the future');
  });

  it('is a draft until a named clinician, their role and the date are all recorded', () => {
    expect(isApproved(meta({ clinicalApproval: { name: '', role: '', date: '' } }))).toBe(false);
    const half = meta({ clinicalApproval: { name: 'Dr A Person', role: '', date: '' } });
    expect(isApproved(half)).toBe(false);
    expect(governanceProblems(half, today)).toContain(
      'meta.clinicalApproval needs all of name, role and date, or none (a draft).',
    );
    const full = meta({
      clinicalApproval: {
        name: 'Dr A Person',
        role: 'Consultant cardiologist',
        date: '2026-11-20',
      },
    });
    expect(isApproved(full)).toBe(true);
    expect(governanceProblems(full, today)).toEqual([]);
  });
});
