import { parseCase, type PatientCase } from '../../src/case/patientCase.ts';
import type { Player } from '../../src/timeline/player.ts';
import type { ExplainerController } from '../../src/app/controller.ts';
import { parseMode, type Mode } from '../../src/case/mode.ts';

/**
 * A stand-in controller for the bridge tests over App's one player that only stores
 * the case and the mode (read first from the page address). It does not rebuild the scene,
 * so `onPlayerChange` never fires.
 */
export function createFakeController(player: Player, search: string): ExplainerController {
  let kase: PatientCase = parseCase(search);
  let mode: Mode = parseMode(search);
  return {
    player: () => player,
    getCase: () => kase,
    setCase: (next) => {
      kase = next;
    },
    getMode: () => mode,
    setMode: (next) => {
      mode = next;
    },
    onPlayerChange: () => () => undefined,
  };
}
