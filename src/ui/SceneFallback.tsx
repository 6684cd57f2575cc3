import { Component, type ReactNode } from 'react';
import type { Variant } from '../case/patientCase.ts';
import { stillFile } from './stillFile.ts';
import { useText } from '../i18n/useText.ts';
import './sceneFallback.css';

/**
 * Shown in place of the 3D picture when it cannot be drawn (no WebGL, or the scene failed):
 * a still of the stage's picture, pre-rendered from the real scene (`npm run stills`, into
 * public/stills/), and its written description, so the captions, controls and steps still
 * make sense. Without the still (not yet made, or not loaded), the description stands alone.
 */
export interface SceneFallbackProps {
  description: string;
  stageId: string;
  /** Planned or emergency: their pictures differ. */
  variant: Variant;
}

export function SceneFallback({ description, stageId, variant }: SceneFallbackProps) {
  const { t } = useText();
  return (
    <div className="scene-fallback scene-fallback--still" data-testid="scene-fallback">
      <img
        key={`${stageId}-${variant}`}
        className="scene-fallback__still"
        src={`./stills/${stillFile(stageId, variant)}`}
        alt={description}
        onError={(event) => {
          event.currentTarget.hidden = true;
        }}
      />
      <div className="scene-fallback__text">
        <p className="scene-fallback__title">{t('fallback.title')}</p>
        <p className="scene-fallback__description">{t('fallback.description', { description })}</p>
      </div>
    </div>
  );
}

/** A function component so the class boundary's button can use the pack's words. */
function RetryButton({ onClick }: { onClick: () => void }) {
  const { t } = useText();
  return (
    <button type="button" className="button button--primary scene-error__retry" onClick={onClick}>
      {t('fallback.retry')}
    </button>
  );
}

interface BoundaryProps {
  fallback: ReactNode;
  children: ReactNode;
}

/** Catches a failure inside the 3D scene so it never takes the captions and controls with it. */
export class SceneErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // Logged locally only; nothing is ever sent anywhere.
    console.warn('The 3D scene stopped:', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        {this.props.fallback}
        <RetryButton onClick={() => this.setState({ failed: false })} />
      </>
    );
  }
}
