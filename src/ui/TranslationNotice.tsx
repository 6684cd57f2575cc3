import { englishText } from '../i18n/language.ts';
import { useText } from '../i18n/useText.ts';

/**
 * While a translation no clinician has checked is showing, every viewer is told so at the
 * top, in that language and in English (for the staff beside them, and in case the
 * translation itself is wrong): an unreviewed translation must never pass for approved.
 * The warning itself is always in view; the sentence explaining it opens beneath, so on a
 * phone the notice takes one line and the picture keeps its room.
 */
export function TranslationNotice() {
  const { t, pack, reviewed } = useText();
  if (reviewed) return null;
  const vars = { translatedBy: pack.meta.translatedBy };
  return (
    <div className="draft-notice translation-notice" role="note" data-testid="translation-notice">
      <details className="translation-notice__details">
        <summary className="translation-notice__summary">
          <strong>{t('language.noticeLabel')}</strong>{' '}
          <strong lang="en-GB" dir="ltr">
            {englishText('language.noticeLabel')}
          </strong>
        </summary>
        <p>{t('language.notice', vars)}</p>
        <p lang="en-GB" dir="ltr">
          {englishText('language.notice', vars)}
        </p>
      </details>
    </div>
  );
}
