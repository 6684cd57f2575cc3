/** Timing rules the content is checked against (procedureChecks.ts) and the player keeps. */

/** Seconds a stage's last caption is shown with its own picture before the camera moves on. */
export const LAST_WORDS_SECONDS = 3;

/** How many teach-back questions each case gets: enough to cover what matters, few enough to finish. */
export const QUESTIONS_PER_CASE = { min: 4, max: 6 } as const;
