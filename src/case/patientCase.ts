import {
  ACCESS_ROUTES,
  CORONARY_ARTERIES,
  SEGMENTS,
  VARIANTS,
  type PatientCase,
} from '../../models/case.ts';

/**
 * The patient's own case: how the catheter goes in, which artery is narrowed and where,
 * and whether this is a planned procedure or an emergency one (primary angioplasty).
 * Plain data with a fixed list of allowed values for each field, so a case can be read
 * from a page address or a message without trusting it.
 */

export {
  ACCESS_ROUTES,
  CORONARY_ARTERIES,
  SEGMENTS,
  VARIANTS,
  allCases,
  type AccessRoute,
  type CoronaryArtery,
  type PatientCase,
  type Segment,
  type Variant,
} from '../../models/case.ts';

export const DEFAULT_CASE: PatientCase = Object.freeze({
  access: 'radial',
  artery: 'lad',
  segment: 'mid',
  variant: 'planned',
  balloonPump: false,
  pacemaker: false,
});

/** The page-address names of each field, e.g. `?access=radial&artery=lad&segment=mid`. */
export const CASE_PARAMS = {
  access: 'access',
  artery: 'artery',
  segment: 'segment',
  variant: 'variant',
  balloonPump: 'pump',
  pacemaker: 'pacing',
} as const satisfies Record<keyof PatientCase, string>;

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

function flag(value: unknown): boolean {
  return value === true || value === '1' || value === 'true';
}

/**
 * A valid case from loosely typed values (address parameters or a message payload).
 * Every value outside its allowed list falls back to the default; extra equipment is only
 * kept for the emergency variant. Never throws.
 */
export function normaliseCase(values: Partial<Record<keyof PatientCase, unknown>>): PatientCase {
  const variant = oneOf(VARIANTS, values.variant, DEFAULT_CASE.variant);
  const primary = variant === 'primary';
  return {
    access: oneOf(ACCESS_ROUTES, values.access, DEFAULT_CASE.access),
    artery: oneOf(CORONARY_ARTERIES, values.artery, DEFAULT_CASE.artery),
    segment: oneOf(SEGMENTS, values.segment, DEFAULT_CASE.segment),
    variant,
    balloonPump: primary && flag(values.balloonPump),
    pacemaker: primary && flag(values.pacemaker),
  };
}

/** The case in a page address; anything unknown is ignored. */
export function parseCase(search: string): PatientCase {
  const params = new URLSearchParams(search);
  const read = (name: string): string | undefined => {
    const value = params.get(name);
    return value !== null && value.length <= 16 ? value : undefined;
  };
  return normaliseCase({
    access: read(CASE_PARAMS.access),
    artery: read(CASE_PARAMS.artery),
    segment: read(CASE_PARAMS.segment),
    variant: read(CASE_PARAMS.variant),
    balloonPump: read(CASE_PARAMS.balloonPump),
    pacemaker: read(CASE_PARAMS.pacemaker),
  });
}

/** Writes the case into address parameters (only the equipment that is switched on). */
export function writeCase(kase: PatientCase, params: URLSearchParams): URLSearchParams {
  params.set(CASE_PARAMS.access, kase.access);
  params.set(CASE_PARAMS.artery, kase.artery);
  params.set(CASE_PARAMS.segment, kase.segment);
  params.set(CASE_PARAMS.variant, kase.variant);
  if (kase.balloonPump) params.set(CASE_PARAMS.balloonPump, '1');
  else params.delete(CASE_PARAMS.balloonPump);
  if (kase.pacemaker) params.set(CASE_PARAMS.pacemaker, '1');
  else params.delete(CASE_PARAMS.pacemaker);
  return params;
}

export function sameCase(a: PatientCase, b: PatientCase): boolean {
  return (Object.keys(CASE_PARAMS) as (keyof PatientCase)[]).every((k) => a[k] === b[k]);
}
