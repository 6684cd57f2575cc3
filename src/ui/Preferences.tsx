import { useEffect, useId, useState } from 'react';
import { TEXT_SIZES, type Preferences as Prefs, type TextSize } from '../app/usePreferences.ts';
import type { Narrator } from './narration.ts';

const SIZE_NAMES: Record<TextSize, string> = {
  standard: 'Standard',
  large: 'Large',
  largest: 'Largest',
};
const RATES = [
  { value: 0.8, name: 'Slower' },
  { value: 1, name: 'Normal' },
  { value: 1.2, name: 'Faster' },
] as const;

export interface PreferencesPanelProps {
  preferences: Prefs;
  /** The device already asks for reduced motion: the choice is made and shown as such. */
  deviceReducedMotion: boolean;
  narrator: Narrator;
}

/** Text size, still pictures instead of motion, and reading the captions aloud. */
export function PreferencesPanel({
  preferences,
  deviceReducedMotion,
  narrator,
}: PreferencesPanelProps) {
  const [, setTick] = useState(0);
  useEffect(() => narrator.onChange(() => setTick((n) => n + 1)), [narrator]);
  const [rate, setRate] = useState(1);
  const ids = useId();

  return (
    <section className="panel preferences" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="panel__heading">
        Make it easier to follow
      </h2>

      <div className="preferences__row" role="group" aria-labelledby={`${ids}-size`}>
        <span id={`${ids}-size`} className="preferences__label">
          Text size
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
              {SIZE_NAMES[size]}
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
          <span>Show still pictures instead of moving ones</span>
        </label>
        {deviceReducedMotion && (
          <p className="preferences__hint">Your device is set to reduce motion.</p>
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
          <span>Read the words aloud</span>
        </label>
        {narrator.available() ? (
          <label className="preferences__inline">
            <span>Reading speed</span>
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
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="preferences__hint" data-testid="narration-unavailable">
            Reading aloud is not available on this device: it has no voice installed for reading
            English.
          </p>
        )}
      </div>
    </section>
  );
}
