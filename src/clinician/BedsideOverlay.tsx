import type { Artery } from '../../models/artery.ts';
import type { Player } from '../timeline/player.ts';
import { type BedsideTools, useBedsideState } from './bedsideTools.ts';
import { MarksLayer } from './MarksLayer.tsx';
import { PartLabels } from './PartLabels.tsx';
import { ScaleBar } from './ScaleBar.tsx';
import type { SceneProbe } from './sceneProbe.ts';
import './clinician.css';

export interface BedsideOverlayProps {
  tools: BedsideTools;
  probe: SceneProbe;
  player: Player;
  artery: Artery;
}

/** Everything the clinician tools draw over the 3D picture: marks, the pointer, labels, scale. */
export function BedsideOverlay({ tools, probe, player, artery }: BedsideOverlayProps) {
  const { labels, ruler } = useBedsideState(tools);
  return (
    <div className="bedside-overlay">
      <MarksLayer tools={tools} probe={probe} />
      {ruler && <ScaleBar artery={artery} probe={probe} />}
      {labels && <PartLabels player={player} artery={artery} probe={probe} />}
    </div>
  );
}
