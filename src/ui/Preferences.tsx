import { useEffect, useId, useState, type ReactNode } from 'react';
import { TEXT_SIZES, type Preferences as Prefs, type TextSize } from './usePreferences.ts';
import type { UiKey } from '../i18n/types.ts';
import { useText } from '../i18n/useText.ts';
import { LanguagePicker } from './LanguagePicker.tsx';
import type { Narrator } from './narration.ts';

const SIZE_NAMES = {
  standard: 'preferences.size.standard',
  large: 'preferences.size.large',
  largest: 'preferences.size.largest',
} as const satisfies Record<TextSize, UiKey>;
const RATES = [
  { value: 0.8, name: 'preferences.rate.slower' },
  { value: 1, name: 'preferences.rate.normal' },
  { value: 1.2, name: 'preferences.rate.faster' },
] as const satisfies readonly { value: number; name: UiKey }[];

export interface PreferencesPanelProps {
  preferences: Prefs;
  /** The device already asks for reduced motion: the choice is made and shown as such. */
  deviceReducedMotion: boolean;
  narrator: Narrator;
  /** The player's speed, here on a small screen where the controls have no room for it. */
  speed?: ReactNode;
}

/** Language, text size, still pictures instead of motion, and reading the captions aloud. */
export function PreferencesPanel({
  preferences,
  deviceReducedMotion,
  narrator,
  speed,
}: PreferencesPanelProps) {
  const { t } = useText();
  const [, setTick] = useState(0);
  useEffect(() => narrator.onChange(() => setTick((n) => n + 1)), [narrator]);
  const [rate, setRate] = useState(1);
  const ids = useId();

  return (
    <section className="panel preferences" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="panel__heading">
        {t('preferences.heading')}
      </h2>

      {speed !== undefined && <div className="preferences__row preferences__speed">{speed}</div>}

      <LanguagePicker />

      <div className="preferences__row" role="group" aria-labelledby={`${ids}-size`}>
        <span id={`${ids}-size`} className="preferences__label">
          {t('preferences.textSize')}
        </span>
        <div className="segmented">
          {TEXT_SIZES.map((size) => (
            <button
              key={size}
              type="button"
              className="segmented__option"
              aria-pressed={preferences.textSize === size}
              onClick={() => preferences.setTextSize(size)}
            >
              {t(SIZE_NAMES[size])}
            </button>
          ))}
        </div>
      </div>

      <div className="preferences__row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={deviceReducedMotion || preferences.reduceMotion}
            disabled={deviceReducedMotion}
            onChange={(e) => preferences.setReduceMotion(e.target.checked)}
          />
          <span>{t('preferences.stills')}</span>
        </label>
        {deviceReducedMotion && (
          <p className="preferences__hint">{t('preferences.deviceReducesMotion')}</p>
        )}
      </div>

      <div className="preferences__row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={narrator.enabled()}
            disabled={!narrator.available()}
            onChange={(e) => narrator.setEnabled(e.target.checked)}
          />
          <span>{t('preferences.readAloud')}</span>
        </label>
        {narrator.available() ? (
          <label className="preferences__inline">
            <span>{t('preferences.readingSpeed')}</span>
            <select
              className="select"
              value={rate}
              onChange={(e) => {
                const r = Number(e.target.value);
                setRate(r);
                narrator.setRate(r);
              }}
            >
              {RATES.map((r) => (
                <option key={r.value} value={r.value}>
                  {t(r.name)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="preferences__hint" data-testid="narration-unavailable">
            {t('preferences.noVoice')}
          </p>
        )}
      </div>
    </section>
  );
}
