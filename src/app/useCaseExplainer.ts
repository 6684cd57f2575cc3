import { useEffect, useMemo, useRef } from 'react';
import { type Artery, createArtery } from '../../models/artery.ts';
import { placeAnatomy } from '../../models/anatomy/placement.ts';
import { vesselFor } from '../../models/vessel.ts';
import type { PatientCase } from '../case/patientCase.ts';
import { procedure as allContent, procedureFor } from '../content/index.ts';
import type { Procedure } from '../content/schema.ts';
import { shotResolver } from '../timeline/cameraPose.ts';
import { carryPosition } from '../timeline/carryPosition.ts';
import { landmarksOf } from '../timeline/landmarks.ts';
import { type Player, createPlayer } from '../timeline/player.ts';

export interface CaseExplainer {
  /** The content as this patient sees it. */
  procedure: Procedure;
  artery: Artery;
  player: Player;
}

const CONTENT_ORDER = allContent.stages.map((s) => s.id);
/** English: one object, so the memo below does not rebuild on every render. */
const ENGLISH: Readonly<Record<string, string>> = {};

/**
 * The artery, content and player for a case, in a language's words (a locale pack's
 * content; none: English). When the case or language changes a new player is built,
 * opened at the same place in the story (same stage, same time into it where it exists),
 * and the old one is disposed once React has moved on to the new one.
 */
export function useCaseExplainer(
  kase: PatientCase,
  words: Readonly<Record<string, string>> = ENGLISH,
): CaseExplainer {
  const previous = useRef<Player | null>(null);
  const explainer = useMemo(() => {
    const procedure = procedureFor(kase, words);
    const artery = createArtery(vesselFor(kase.artery, kase.segment));
    // Body and heart shots are placed for this case: where the entry point and the narrowing are.
    const shots = shotResolver(placeAnatomy(kase, artery));
    const player = createPlayer(procedure, landmarksOf(artery), shots);
    const before = previous.current;
    if (before) {
      player.seek(carryPosition(before.slots, before.time(), player.slots, CONTENT_ORDER));
      player.setStills(before.stills());
      player.setSpeed(before.speed());
    }
    return { procedure, artery, player };
  }, [kase, words]);

  useEffect(() => {
    const before = previous.current;
    // Disposed here rather than in a cleanup: strict mode runs cleanups for effects that
    // stay, and a killed timeline cannot be revived.
    if (before && before !== explainer.player) before.dispose();
    previous.current = explainer.player;
  }, [explainer]);

  return explainer;
}
