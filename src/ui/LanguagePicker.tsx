import { useId, useState } from 'react';
import { procedure } from '../content/index.ts';
import { LANGUAGES, language } from '../i18n/language.ts';
import { isReviewed } from '../i18n/reviewed.ts';
import { useText } from '../i18n/useText.ts';
import './choice.css';
import './languagePicker.css';

/**
 * Choose the language: one radio button each, listed by its own name (marked with its own
 * lang); a translation no clinician has checked says so on a line of its own. Radio buttons,
 * not a drop-down list: the few choices are all in view, big enough to touch, and a long
 * language name wraps instead of being cut off. Shown only when there is a choice to make.
 * A reviewed choice is remembered on the device; an unreviewed one is not.
 */
export function LanguagePicker() {
  const { t, pack } = useText();
  const id = useId();
  // The choice shows at once; the pack's words follow when loaded (or the old choice
  // comes back if they cannot be).
  const [choosing, setChoosing] = useState<string | null>(null);
  if (LANGUAGES.length < 2) return null;
  const chosen = choosing ?? pack.meta.tag;
  return (
    <fieldset className="preferences__row language-picker" data-testid="language-picker">
      <legend className="preferences__label">{t('language.label')}</legend>
      {LANGUAGES.map((meta) => {
        const hint = isReviewed(meta, procedure.meta.version) ? null : `${id}-${meta.tag}-hint`;
        return (
          <label key={meta.tag} className="choice language-picker__option">
            <input
              type="radio"
              name={`${id}-language`}
              value={meta.tag}
              checked={chosen === meta.tag}
              aria-describedby={hint ?? undefined}
              onChange={() => {
                setChoosing(meta.tag);
                void language.choose(meta.tag).finally(() => setChoosing(null));
              }}
            />
            <span className="language-picker__words">
              <span lang={meta.tag} dir={meta.dir}>
                {meta.name}
              </span>
              {hint && (
                <span id={hint} className="language-picker__hint">
                  {t('language.notChecked')}
                </span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
