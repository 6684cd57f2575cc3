import { useText } from '../i18n/useText.ts';
import { keepKeysInDialog, useModalDialog } from './takehome/useModalDialog.ts';

/**
 * "Are you still there?": shown before the hospital's idle reset clears the explainer for
 * the next person. Any answer (the button, Escape) keeps everything as it is.
 */
export function IdlePrompt({ open, onStay }: { open: boolean; onStay: () => void }) {
  const ref = useModalDialog(open);
  const { t } = useText();
  return (
    <dialog
      ref={ref}
      className="idle-prompt"
      aria-labelledby="idle-prompt-heading"
      onKeyDown={keepKeysInDialog}
      onClose={onStay}
      data-testid="idle-prompt"
    >
      <h2 id="idle-prompt-heading" className="idle-prompt__heading">
        {t('idle.heading')}
      </h2>
      <p className="idle-prompt__text">{t('idle.text')}</p>
      <button type="button" className="button button--primary idle-prompt__stay" onClick={onStay}>
        {t('idle.stay')}
      </button>
    </dialog>
  );
}
