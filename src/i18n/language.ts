import { DEFAULT_PACK, PACKS } from 'virtual:locale-packs';
import { procedure } from '../content/index.ts';
import { chooseLanguage } from './chooseLanguage.ts';
import { format, translate } from './format.ts';
import { isReviewed } from './reviewed.ts';
import type { LocalePack, PackMeta, PluralKey, Translate, UiKey, Vars } from './types.ts';

/**
 * The page's one language, outside React so the embed's message bridge can switch it too.
 * Components read it with useText() (src/i18n/useText.ts).
 */
export interface Locale {
  pack: LocalePack;
  t: Translate;
  /** False while a translation not checked by a clinician is showing (the notice shows). */
  reviewed: boolean;
}

/** Saved on the device, like the text size, but only for a reviewed language (README). */
export const LANGUAGE_KEY = 'pci-explainer.language';

export const LANGUAGES: readonly PackMeta[] = PACKS.map((p) => p.meta);
/** The tags of the packs present: the allowlist for `?lang=` and the embed's setLanguage. */
export const LANGUAGE_TAGS: readonly string[] = LANGUAGES.map((m) => m.tag);
/** The source language, shown when nothing else is asked for. */
export const DEFAULT_LANGUAGE: string = DEFAULT_PACK.meta.tag;

function localeOf(pack: LocalePack): Locale {
  const english = DEFAULT_PACK.ui;
  return {
    pack,
    // A missing key (refused at build time) falls back to English rather than showing a key.
    t: (key: UiKey | PluralKey, vars?: Vars) =>
      translate(pack.ui, pack.meta.tag, key, vars) ??
      translate(english, DEFAULT_PACK.meta.tag, key, vars) ??
      key,
    reviewed: isReviewed(pack.meta, procedure.meta.version),
  };
}

let current = localeOf(DEFAULT_PACK);
const listeners = new Set<() => void>();

function applyToDocument(locale: Locale): void {
  if (typeof document === 'undefined') return;
  const html = document.documentElement;
  html.lang = locale.pack.meta.tag;
  html.dir = locale.pack.meta.dir;
  document.title = locale.t('page.title');
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = locale.t('page.skipLink');
}

function save(meta: PackMeta): void {
  try {
    if (isReviewed(meta, procedure.meta.version)) localStorage.setItem(LANGUAGE_KEY, meta.tag);
    else localStorage.removeItem(LANGUAGE_KEY);
  } catch {
    // Storage switched off: the choice still applies for this visit.
  }
}

let request = 0;
async function show(tag: string): Promise<void> {
  const entry = PACKS.find((p) => p.meta.tag === tag);
  if (!entry) return;
  const mine = ++request;
  const pack = await entry.load();
  if (mine !== request) return; // a later choice won
  current = localeOf(pack);
  applyToDocument(current);
  listeners.forEach((l) => l());
}

export const language = {
  get: (): Locale => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /**
   * A person's choice: shown, and remembered if reviewed. The embedding page's choice
   * (remember false) is for that page only.
   */
  async choose(tag: string, remember = true): Promise<void> {
    const entry = PACKS.find((p) => p.meta.tag === tag);
    if (!entry) return;
    if (remember) save(entry.meta);
    await show(tag);
  },
  /**
   * Opens in the language the address (`?lang=`) or a saved choice asks for; resolves once it
   * shows. The embed passes `useSaved` false: its language is the host page's, from the address.
   */
  start(search: string, useSaved = true): Promise<void> {
    let saved: string | null = null;
    try {
      if (useSaved) saved = localStorage.getItem(LANGUAGE_KEY);
    } catch {
      // No storage: no saved choice.
    }
    applyToDocument(current);
    const tag = chooseLanguage(
      search,
      saved,
      LANGUAGES,
      procedure.meta.version,
      DEFAULT_PACK.meta.tag,
    );
    return tag === current.pack.meta.tag ? Promise.resolve() : show(tag);
  },
};

/** A string in the source language, for words that must also show in English (the notice). */
export function englishText(key: UiKey, vars?: Vars): string {
  return format(DEFAULT_PACK.ui[key], vars);
}
