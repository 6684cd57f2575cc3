import type { Variant } from '../case/patientCase.ts';

/**
 * The file name of a stage's pre-rendered still (public/stills/): one set for the planned
 * procedure and one for the emergency procedure, whose pictures differ (the clot). WebP:
 * about 40% smaller than a JPEG of the same look, and read by every browser the build
 * targets (es2022: Safari 15.4 and later).
 */
export function stillFile(stageId: string, variant: Variant): string {
  return variant === 'primary' ? `${stageId}--primary.webp` : `${stageId}.webp`;
}
