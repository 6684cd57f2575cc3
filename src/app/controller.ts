import type { PatientCase } from '../case/patientCase.ts';
import type { Player } from '../timeline/player.ts';
import type { Mode } from '../case/mode.ts';

/**
 * What the running explainer offers to code around it (the embed's message API, tests):
 * the player for time and stages, and the patient's case and the mode, which rebuild the
 * picture when changed. App creates one and hands it out through its `onController` prop.
 */
export interface ExplainerController {
  /** The current player; a new one is made when the case changes, so read it each time. */
  player(): Player;
  getCase(): PatientCase;
  /** Rebuilds the scene for another case without reloading; keeps the stage if it exists. */
  setCase(next: PatientCase): void;
  getMode(): Mode;
  setMode(next: Mode): void;
  /** Calls back whenever the player is replaced (after a case change); returns an unsubscribe. */
  onPlayerChange(listener: (player: Player) => void): () => void;
}
