import { useEffect, useMemo, useRef } from 'react';
import type { PatientCase } from '../case/patientCase.ts';
import type { Player } from '../timeline/player.ts';
import type { ExplainerController } from './controller.ts';
import type { Mode } from '../case/mode.ts';

interface Live {
  player: Player;
  patientCase: PatientCase;
  setPatientCase: (next: PatientCase) => void;
  mode: Mode;
  setMode: (next: Mode) => void;
}

/**
 * One controller for the life of the app: it always reads the latest player, case and mode,
 * and tells its listeners when a change of case brings a new player.
 */
export function useController(live: Live): ExplainerController {
  const current = useRef(live);
  const listeners = useMemo(() => new Set<(player: Player) => void>(), []);
  const controller = useMemo<ExplainerController>(
    () => ({
      player: () => current.current.player,
      getCase: () => current.current.patientCase,
      setCase: (next) => current.current.setPatientCase(next),
      getMode: () => current.current.mode,
      setMode: (next) => current.current.setMode(next),
      onPlayerChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    }),
    [listeners],
  );
  const lastPlayer = useRef(live.player);
  useEffect(() => {
    current.current = live;
    if (lastPlayer.current !== live.player) {
      lastPlayer.current = live.player;
      for (const listener of listeners) listener(live.player);
    }
  });
  return controller;
}
