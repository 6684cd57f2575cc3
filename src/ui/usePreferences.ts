import { useEffect, useState } from 'react';

/** Caption text sizes a person can choose, smallest first. */
export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * The one thing the explainer remembers on the device: the chosen text size, in the
 * browser's local storage under this key. No cookies, nothing sent anywhere.
 */
export const TEXT_SIZE_KEY = 'pci-explainer.text-size';

function loadTextSize(): TextSize {
  try {
    const saved = window.localStorage.getItem(TEXT_SIZE_KEY);
    return TEXT_SIZES.find((s) => s === saved) ?? 'standard';
  } catch {
    // Storage can be switched off (private browsing, embedded pages): use the default.
    return 'standard';
  }
}

export interface Preferences {
  textSize: TextSize;
  setTextSize: (size: TextSize) => void;
  /** Still pictures instead of motion, chosen in the explainer (the device setting also counts). */
  reduceMotion: boolean;
  setReduceMotion: (on: boolean) => void;
}

export function usePreferences(): Preferences {
  const [textSize, setTextSize] = useState<TextSize>(loadTextSize);
  const [reduceMotion, setReduceMotion] = useState(false);
  useEffect(() => {
    document.documentElement.dataset.textSize = textSize;
    try {
      // The standard size is the default: nothing to remember (and nothing left by a reset).
      if (textSize === 'standard') window.localStorage.removeItem(TEXT_SIZE_KEY);
      else window.localStorage.setItem(TEXT_SIZE_KEY, textSize);
    } catch {
      // Not saved; the choice still applies for this visit.
    }
  }, [textSize]);
  return { textSize, setTextSize, reduceMotion, setReduceMotion };
}
