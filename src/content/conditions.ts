import type {
  AccessRoute,
  CoronaryArtery,
  PatientCase,
  Segment,
  Variant,
} from '../../models/case.ts';

/**
 * When a piece of content applies: to cases whose fields are in these lists (a missing list
 * means any value). Content uses it to offer alternatives, e.g. one caption for the wrist and
 * another for the groin, so a clinician reviews each exact wording.
 */
export interface CaseCondition {
  access?: readonly AccessRoute[] | undefined;
  artery?: readonly CoronaryArtery[] | undefined;
  segment?: readonly Segment[] | undefined;
  variant?: readonly Variant[] | undefined;
  balloonPump?: boolean | undefined;
  pacemaker?: boolean | undefined;
}

export function appliesTo(when: CaseCondition | undefined, kase: PatientCase): boolean {
  if (!when) return true;
  return (
    (!when.access || when.access.includes(kase.access)) &&
    (!when.artery || when.artery.includes(kase.artery)) &&
    (!when.segment || when.segment.includes(kase.segment)) &&
    (!when.variant || when.variant.includes(kase.variant)) &&
    (when.balloonPump === undefined || when.balloonPump === kase.balloonPump) &&
    (when.pacemaker === undefined || when.pacemaker === kase.pacemaker)
  );
}
