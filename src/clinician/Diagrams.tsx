import type { Artery } from '../../models/artery.ts';
import { useText } from '../i18n/useText.ts';
import type { Player } from '../timeline/player.ts';
import { CrossSection } from './CrossSection.tsx';
import { FlowCompare } from './FlowCompare.tsx';
import './clinician.css';
import type { OpenDiagrams } from './panelIds.ts';

export interface DiagramsProps {
  open: OpenDiagrams;
  onClose: (which: keyof OpenDiagrams) => void;
  player: Player;
  artery: Artery;
  reducedMotion: boolean;
}

/**
 * The cross-section and blood-flow diagrams, over the picture's side at a size that reads
 * across a bed (at least 300 CSS px wide on a tablet), each with a button back to the picture.
 */
export function Diagrams({ open, onClose, player, artery, reducedMotion }: DiagramsProps) {
  const { t } = useText();
  if (!open.section && !open.flow) return null;
  return (
    <div className="diagrams" role="region" aria-label={t('clinician.diagrams.label')}>
      {open.section && (
        <div className="diagrams__item">
          <div className="diagrams__bar">
            <h2 className="diagrams__title">{t('clinician.panel.crossSection')}</h2>
            <button
              type="button"
              className="button button--secondary diagrams__close"
              onClick={() => onClose('section')}
            >
              {t('clinician.diagram.close')}
            </button>
          </div>
          <CrossSection player={player} artery={artery} />
        </div>
      )}
      {open.flow && (
        <div className="diagrams__item">
          <div className="diagrams__bar">
            <h2 className="diagrams__title">{t('clinician.panel.flow')}</h2>
            <button
              type="button"
              className="button button--secondary diagrams__close"
              onClick={() => onClose('flow')}
            >
              {t('clinician.diagram.close')}
            </button>
          </div>
          <FlowCompare artery={artery} reducedMotion={reducedMotion} />
        </div>
      )}
    </div>
  );
}
