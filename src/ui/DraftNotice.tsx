import { isApproved } from '../content/governance.ts';
import { procedure } from '../content/index.ts';
import { useText } from '../i18n/useText.ts';

/** The notice's words: "Draft: not yet clinically approved. …", the same on screen and paper. */
export function DraftWords() {
  const { t } = useText();
  return (
    <p>
      <strong>{t('draft.label')}</strong> {t('draft.text')}
    </p>
  );
}

/**
 * Until a clinician has approved the content, every viewer is told so, plainly, at the top:
 * draft patient information must never pass for the approved version. (The printed handout
 * carries the same words on every page: src/ui/takehome/Handout.tsx.)
 */
export function DraftNotice() {
  if (isApproved(procedure.meta)) return null;
  return (
    <div className="draft-notice" data-testid="draft-notice">
      <DraftWords />
    </div>
  );
}
