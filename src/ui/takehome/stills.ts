import type { Variant } from '../../case/patientCase.ts';
import { stillFile } from '../stillFile.ts';
import type { Player } from '../../timeline/player.ts';
import { stagePictureTime } from '../../timeline/schedule.ts';
import type { CaptureFrame } from '../../scene/frameCapture.ts';

/**
 * A picture of every stage from the live scene, so the handout shows this patient's case.
 * The player is paused and put back where it was afterwards. Stage id to JPEG data URL.
 */
export function captureStills(player: Player, capture: CaptureFrame): Record<string, string> {
  const was = player.time();
  player.pause();
  const stills: Record<string, string> = {};
  try {
    for (const slot of player.slots) {
      player.seek(stagePictureTime(player.slots, slot.index));
      stills[slot.stage.id] = capture();
    }
  } finally {
    player.seek(was);
  }
  return stills;
}

/** The pre-rendered still of a stage (public/stills), for devices that cannot draw in 3D. */
export const prerenderedStill = (stageId: string, variant: Variant): string =>
  `./stills/${stillFile(stageId, variant)}`;
