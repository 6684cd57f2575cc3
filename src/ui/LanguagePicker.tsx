import { useId } from 'react';
import { procedure } from '../content/index.ts';
import { LANGUAGES, language } from '../i18n/language.ts';
import { isReviewed } from '../i18n/reviewed.ts';
import { useText } from '../i18n/useText.ts';

/**
 * Choose the language: each listed by its own name (marked with its own lang), and a
 * translation no clinician has checked says so in the list. Shown only when there is a
 * choice to make. A reviewed choice is remembered on the device; an unreviewed one is not.
 */
export function LanguagePicker() {
  const { t, pack } = useText();
  const id = useId();
  if (LANGUAGES.length < 2) return null;
  return (
    <div className="preferences__row">
      <label htmlFor={id} className="preferences__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        className="select language-picker"
        value={pack.meta.tag}
        data-testid="language-picker"
        onChange={(e) => void language.choose(e.target.value)}
      >
        {LANGUAGES.map((meta) => (
          <option key={meta.tag} value={meta.tag} lang={meta.tag}>
            {isReviewed(meta, procedure.meta.version)
              ? meta.name
              : `${meta.name} (${t('language.notChecked')})`}
          </option>
        ))}
      </select>
    </div>
  );
}
