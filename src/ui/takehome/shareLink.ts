import { type PatientCase, writeCase } from '../../case/patientCase.ts';

/**
 * The address that opens this patient's case on their own phone: this page's origin and
 * path with only the case in the query. Nothing else is carried over (no mode, time or step,
 * nor anything a host page added), so it starts at the beginning, in patient mode.
 */
export function shareUrl(pageHref: string, kase: PatientCase): string {
  const url = new URL(pageHref);
  return `${url.origin}${url.pathname}?${writeCase(kase, new URLSearchParams()).toString()}`;
}
