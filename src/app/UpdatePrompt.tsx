import { useEffect, useSyncExternalStore } from 'react';
import {
  isUpdateWaiting,
  loadNewVersion,
  startServiceWorker,
  subscribeToUpdate,
} from './serviceWorker.ts';
import { useText } from '../i18n/useText.ts';
import './updatePrompt.css';

/**
 * Says, calmly, when a new version of the explainer has been downloaded, and loads it when
 * asked: the words and pictures a patient sees must not stay out of date. The status region
 * is always in the page, so a screen reader announces the message when it appears.
 */
export function UpdatePrompt() {
  const { t } = useText();
  useEffect(startServiceWorker, []);
  const waiting = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false);
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      {waiting && (
        <div className="update-prompt__panel">
          <p className="update-prompt__text">{t('update.ready')}</p>
          <button type="button" className="update-prompt__button" onClick={loadNewVersion}>
            {t('update.load')}
          </button>
        </div>
      )}
    </div>
  );
}
