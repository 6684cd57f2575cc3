/**
 * The vocabulary of a patient's case: the fixed list of allowed values for each field (how
 * the catheter goes in, which artery is narrowed and where, planned or emergency) and the
 * case's shape. Pure data at the bottom of the layers, so the models, the content schema and
 * the app share one list (src/case/patientCase.ts adds reading and writing a case).
 */

/** Wrist (radial artery) or groin (femoral artery). Wrist is the usual route in the UK. */
export const ACCESS_ROUTES = ['radial', 'femoral'] as const;
/** Left anterior descending, circumflex, right coronary artery. */
export const CORONARY_ARTERIES = ['lad', 'lcx', 'rca'] as const;
export const SEGMENTS = ['proximal', 'mid', 'distal'] as const;
/** Planned (elective) angioplasty, or primary angioplasty for a heart attack. */
export const VARIANTS = ['planned', 'primary'] as const;

export type AccessRoute = (typeof ACCESS_ROUTES)[number];
export type CoronaryArtery = (typeof CORONARY_ARTERIES)[number];
export type Segment = (typeof SEGMENTS)[number];
export type Variant = (typeof VARIANTS)[number];

export interface PatientCase {
  readonly access: AccessRoute;
  readonly artery: CoronaryArtery;
  readonly segment: Segment;
  readonly variant: Variant;
  /** An intra-aortic balloon pump to help the heart pump (emergency variant only). */
  readonly balloonPump: boolean;
  /** A temporary pacemaker wire for the heart's rhythm (emergency variant only). */
  readonly pacemaker: boolean;
}

/** Every allowed case (for tests and for pre-rendering). */
export function allCases(): PatientCase[] {
  const cases: PatientCase[] = [];
  for (const access of ACCESS_ROUTES)
    for (const artery of CORONARY_ARTERIES)
      for (const segment of SEGMENTS)
        for (const variant of VARIANTS) {
          const extras =
            variant === 'primary'
              ? [
                  [false, false],
                  [true, false],
                  [false, true],
                  [true, true],
                ]
              : [[false, false]];
          for (const [balloonPump = false, pacemaker = false] of extras)
            cases.push({ access, artery, segment, variant, balloonPump, pacemaker });
        }
  return cases;
}
