import { writeCase, type PatientCase } from '../case/patientCase.ts';
import type { Language } from './protocol.ts';
import { DEFAULT_LANGUAGE } from '../i18n/language.ts';

/**
 * The embed's own address option, beyond those the full explainer reads (`stage`, `t`,
 * `autoplay`, the case, `mode` and `lang`): `captions=off` hides the caption panel (for a
 * host that shows the words itself). Anything else is ignored; nothing from the address is
 * written into the page.
 */
export interface EmbedOptions {
  captions: boolean;
}

/** The plain ways of saying "off"; anything else (or nothing) leaves the captions on. */
const OFF = ['off', '0', 'false'];

export function parseEmbedOptions(search: string): EmbedOptions {
  return { captions: !OFF.includes(new URLSearchParams(search).get('captions') ?? '') };
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
