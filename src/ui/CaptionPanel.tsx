import type { Stage } from '../content/schema.ts';
import { useText } from '../i18n/useText.ts';

export interface CaptionPanelProps {
  stage: Stage;
  stageNumber: number;
  stageCount: number;
  captionIndex: number;
}

/**
 * The stage title and its current caption, on an opaque panel under the picture. A polite
 * live region, so screen readers announce each new caption once, when it changes.
 */
export function CaptionPanel({ stage, stageNumber, stageCount, captionIndex }: CaptionPanelProps) {
  const { t } = useText();
  const caption = stage.captions[captionIndex] ?? stage.captions[0];
  return (
    <section className="caption-panel" aria-labelledby="caption-stage-title">
      <p className="caption-panel__step">
        {t('caption.step', { n: stageNumber, count: stageCount })}
      </p>
      <h2 id="caption-stage-title" className="caption-panel__title">
        {stage.title}
      </h2>
      <p className="caption-panel__text" role="status" data-testid="caption">
        {caption?.text}
      </p>
      <p className="caption-panel__dots" aria-hidden="true">
        {stage.captions.map((c, i) => (
          <span key={c.at} className={i === captionIndex ? 'dot dot--on' : 'dot'} />
        ))}
      </p>
    </section>
  );
}
