// The English pack's words for unit tests of code that takes a `t` (src/i18n/types.ts).
import englishPack from '../../src/locales/en-GB.json' with { type: 'json' };
import { translate } from '../../src/i18n/format.ts';
import type { PluralKey, Translate, UiKey, Vars } from '../../src/i18n/types.ts';

export const english = englishPack;
export const englishT: Translate = (key: UiKey | PluralKey, vars?: Vars) =>
  translate(englishPack.ui, englishPack.meta.tag, key, vars) ?? key;
