import { useSyncExternalStore } from 'react';
import { language, type Locale } from './language.ts';

/**
 * The current language for a component: `const { t } = useText();` then
 * `t('player.play')` or `t('caption.step', { n: 2, count: 12 })`. Re-renders on a change.
 */
export function useText(): Locale {
  return useSyncExternalStore(language.subscribe, language.get, language.get);
}
