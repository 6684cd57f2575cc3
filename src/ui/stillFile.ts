import type { Variant } from '../case/patientCase.ts';

/**
 * The file name of a stage's pre-rendered still (public/stills/): one set for the planned
 * procedure and one for the emergency procedure, whose pictures differ (the clot).
 */
export function stillFile(stageId: string, variant: Variant): string {
  return variant === 'primary' ? `${stageId}--primary.jpg` : `${stageId}.jpg`;
}
