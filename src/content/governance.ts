import type { Procedure } from './schema.ts';

/**
 * Clinical governance checks on the content's metadata, shared by the build (which refuses
 * overdue content), the unit tests and the app (which shows draft content as a draft).
 */
type Meta = Procedure['meta'];

/** True once a named clinician has approved the content, with their role and the date. */
export function isApproved(meta: Meta): boolean {
  const a = meta.clinicalApproval;
  return a.name.trim() !== '' && a.role.trim() !== '' && a.date !== '';
}

/** Problems that must stop a build, each naming the field to fix. `today` is YYYY-MM-DD. */
export function governanceProblems(meta: Meta, today: string): string[] {
  const problems: string[] = [];
  if (meta.nextReview < today) {
    problems.push(
      `meta.nextReview (${meta.nextReview}) has passed: the content must be reviewed and the date moved on.`,
    );
  }
  if (meta.lastReviewed > today)
    problems.push(`meta.lastReviewed (${meta.lastReviewed}) is in the future.`);
  if (meta.nextReview <= meta.lastReviewed) {
    problems.push(
      `meta.nextReview (${meta.nextReview}) must come after meta.lastReviewed (${meta.lastReviewed}).`,
    );
  }
  const a = meta.clinicalApproval;
  const filled = [a.name.trim(), a.role.trim(), a.date].filter((v) => v !== '').length;
  if (filled > 0 && filled < 3) {
    problems.push('meta.clinicalApproval needs all of name, role and date, or none (a draft).');
  }
  if (a.date !== '' && a.date > today)
    problems.push(`meta.clinicalApproval.date (${a.date}) is in the future.`);
  return problems;
}
