import { englishText } from '../i18n/language.ts';
import { useText } from '../i18n/useText.ts';

/**
 * While a translation no clinician has checked is showing, every viewer is told so at the
 * top, in that language and in English (for the staff beside them, and in case the
 * translation itself is wrong): an unreviewed translation must never pass for approved.
 */
export function TranslationNotice() {
  const { t, pack, reviewed } = useText();
  if (reviewed) return null;
  const vars = { translatedBy: pack.meta.translatedBy };
  return (
    <div className="draft-notice translation-notice" role="note" data-testid="translation-notice">
      <p>
        <strong>{t('language.noticeLabel')}</strong> {t('language.notice', vars)}
      </p>
      <p lang="en-GB" dir="ltr">
        <strong>{englishText('language.noticeLabel')}</strong>{' '}
        {englishText('language.notice', vars)}
      </p>
    </div>
  );
}
