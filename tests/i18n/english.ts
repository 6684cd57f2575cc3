// The English pack's words for unit tests of code that takes a `t` (src/i18n/types.ts).
import englishPack from '../../src/locales/en-GB.json' with { type: 'json' };
import { format } from '../../src/i18n/format.ts';
import type { Translate } from '../../src/i18n/types.ts';

export const english = englishPack;
export const englishT: Translate = (key, vars) => format(englishPack.ui[key], vars);
