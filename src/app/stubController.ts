import { parseCase, type PatientCase } from '../case/patientCase.ts';
import type { Player } from '../timeline/player.ts';
import type { ExplainerController } from './controller.ts';
import { parseMode, type Mode } from './mode.ts';

/**
 * STUB, until the case panel lands: a controller over App's one player that only stores
 * the case and the mode (read first from the page address). It does not rebuild the scene,
 * so `onPlayerChange` never fires. The integrator replaces this with the real rebuild.
 */
export function createStubController(player: Player, search: string): ExplainerController {
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
