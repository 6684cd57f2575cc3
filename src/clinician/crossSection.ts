import type { Artery } from '../../models/artery.ts';
import type { Translate } from '../i18n/types.ts';

/**
 * The open channel at the narrowing as a fraction of a healthy artery's: lumen area at the
 * lesion over this artery's healthy lumen area. Areas go as the radius squared, so a 70% diameter
 * narrowing leaves only 9% of the area open.
 */
export function openAreaFraction(artery: Artery, compression: number): number {
  const r = artery.lumenRadius(artery.lesionCentre, compression);
  const healthy = artery.lumenRadiusHealthy;
  return (r * r) / (healthy * healthy);
}

/** A fraction as a whole percentage for people to read ("9%"), in the pack's words. */
export function asPercent(fraction: number, t: Translate): string {
  return t('clinician.crossSection.percent', { percent: Math.round(fraction * 100) });
}

/** The rings seen when the artery is cut across at the narrowing (radii in mm). */
export interface CrossSectionRadii {
  wallOuter: number;
  wallInner: number;
  lumen: number;
}

export function crossSectionAt(artery: Artery, compression: number): CrossSectionRadii {
  const s = artery.lesionCentre;
  return {
    wallOuter: artery.wallOuterRadius(s, compression),
    wallInner: artery.wallInnerRadius(s, compression),
    lumen: artery.lumenRadius(s, compression),
  };
}

/**
 * How many times faster blood moves through the narrowing than through healthy artery. The
 * same volume passes every cross-section each second, so speed goes as healthy area over
 * local area (as in models/bloodFlow.ts).
 */
export function speedUpAtNarrowing(artery: Artery, compression: number): number {
  return 1 / openAreaFraction(artery, compression);
}
