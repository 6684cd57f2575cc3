import type { Artery } from '../../models/artery.ts';
import type { Player } from '../timeline/player.ts';
import { type BedsideTools, useBedsideState } from './bedsideTools.ts';
import { MarksLayer, type MarksTestParts } from './MarksLayer.tsx';
import { PartLabels } from './PartLabels.tsx';
import { ScaleBar } from './ScaleBar.tsx';
import type { SceneProbe } from '../scene/sceneProbe.ts';
import './clinician.css';

export interface BedsideOverlayProps {
  tools: BedsideTools;
  probe: SceneProbe;
  player: Player;
  artery: Artery;
  /** Hands the marks to the browser tests' handle (the app passes its exposeForTests). */
  onTestHandle?: (part: MarksTestParts) => void;
}

/** Everything the clinician tools draw over the 3D picture: marks, the pointer, labels, scale. */
export function BedsideOverlay({
  tools,
  probe,
  player,
  artery,
  onTestHandle,
}: BedsideOverlayProps) {
  const { labels, ruler } = useBedsideState(tools);
  return (
    <div className="bedside-overlay">
      <MarksLayer tools={tools} probe={probe} onTestHandle={onTestHandle} />
      {ruler && <ScaleBar artery={artery} probe={probe} />}
      {labels && <PartLabels player={player} artery={artery} probe={probe} />}
    </div>
  );
}
