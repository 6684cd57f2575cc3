import { isApproved } from '../content/governance.ts';
import { procedure } from '../content/index.ts';
import { useText } from '../i18n/useText.ts';

/**
 * Until a clinician has approved the content, every viewer is told so, plainly, at the top:
 * draft patient information must never pass for the approved version.
 */
export function DraftNotice() {
  const { t } = useText();
  if (isApproved(procedure.meta)) return null;
  return (
    <div className="draft-notice" data-testid="draft-notice">
      <p>
        <strong>{t('draft.label')}</strong> {t('draft.text')}
      </p>
    </div>
  );
}
