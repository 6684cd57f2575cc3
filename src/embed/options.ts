import { writeCase, type PatientCase } from '../case/patientCase.ts';
import { LANGUAGES, type Language } from './protocol.ts';
import { DEFAULT_LANGUAGE } from '../i18n/language.ts';

/**
 * The embed's own address options, beyond those the full explainer reads (`stage`, `t`,
 * `autoplay`, the case and `mode`): `captions=off` hides the caption panel (for a host that
 * shows the words itself), and `lang` picks the language from the allowlist (the locale
 * packs present; src/i18n/language.ts reads the same parameter). Anything
 * else is ignored; nothing from the address is written into the page.
 */
export interface EmbedOptions {
  captions: boolean;
  language: Language;
}

const MAX_PARAM_LENGTH = 16;

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const read = (name: string): string | null => {
    const value = params.get(name);
    return value !== null && value.length <= MAX_PARAM_LENGTH ? value : null;
  };
  const captions = read('captions');
  const lang = read('lang');
  return {
    captions: !(captions === 'off' || captions === '0' || captions === 'false'),
    language: lang !== null && LANGUAGES.includes(lang) ? lang : DEFAULT_LANGUAGE,
  };
}

/** The full explainer, with the same case, opened at the same stage (and in the same language). */
export function fullExplainerHref(
  kase: PatientCase,
  stageId: string | undefined,
  language?: Language,
): string {
  const params = writeCase(kase, new URLSearchParams());
  if (stageId !== undefined) params.set('stage', stageId);
  if (language !== undefined && language !== DEFAULT_LANGUAGE) params.set('lang', language);
  return `./index.html?${params.toString()}`;
}
