import type englishPack from '../locales/en-GB.json';

/**
 * A locale pack (src/locales/<tag>.json): every word the explainer shows, in one language.
 * Plain types only: the pack is checked against src/i18n/packSchema.ts at build and test
 * time, so the browser never carries the checker.
 */
export interface Reviewer {
  name: string;
  role: string;
  /** YYYY-MM-DD; all three fields empty until a clinician has checked the translation. */
  date: string;
}

export interface PackMeta {
  /** BCP 47 tag, the same as the file name, e.g. "cy-GB". */
  tag: string;
  /** The language's name in itself, e.g. "Cymraeg". */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * True only for the language the content is written in (procedure.json meta.language):
   * its clinical approval is the content's own (shown by DraftNotice), not a translation review.
   */
  source: boolean;
  /** The procedure.json version this translation was made, and reviewed, against. */
  contentVersion: string;
  translatedBy: string;
  reviewedBy: Reviewer;
}

/** Keys of the interface strings: the English pack's `ui` names them all, so a typo fails tsc. */
export type UiKey = keyof (typeof englishPack)['ui'];

export interface LocalePack {
  meta: PackMeta;
  /** Interface strings by key, with {placeholders}. */
  ui: Record<UiKey, string>;
  /** The procedure's words by key (src/content/contentKeys.ts). Empty in the shipped English pack. */
  content: Record<string, string>;
  /** Translations: the fingerprint of the English each content key was translated from. */
  translatedFrom?: Record<string, string>;
}

/** A pack the app knows of: its meta at once, its words when first chosen (a separate chunk). */
export interface PackEntry {
  meta: PackMeta;
  load: () => Promise<LocalePack>;
}

export type Vars = Record<string, string | number>;
/**
 * A key with plural forms, named without its ending: `time.minutes` for `time.minutes_one`
 * and `time.minutes_other` (src/i18n/format.ts picks the form for the `count`).
 */
export type PluralKey = PluralBase<UiKey>;
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;

export interface Translate {
  (key: UiKey, vars?: Vars): string;
  (key: PluralKey, vars: Vars & { count: number }): string;
}
