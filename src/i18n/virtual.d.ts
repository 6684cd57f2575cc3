// The module src/i18n/localePlugin.ts writes at build time from src/locales/*.json.
declare module 'virtual:locale-packs' {
  import type { LocalePack, PackEntry } from './types.ts';
  export const DEFAULT_PACK: LocalePack;
  export const PACKS: readonly PackEntry[];
}
