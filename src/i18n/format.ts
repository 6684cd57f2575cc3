import type { Vars } from './types.ts';

/** Fills "{name}" placeholders; an unknown placeholder is left as written so a test can spot it. */
export function format(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/** The placeholder names in a string, sorted: a translation must keep exactly the same set. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The key of the plural form for `count` in `locale`: `${base}_one`, `${base}_few`… (the CLDR
 * category Intl.PluralRules gives) where the pack `has` it, else `${base}_other`.
 */
export function pluralKey(
  base: string,
  count: number,
  locale: string,
  has: (key: string) => boolean,
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = `${base}_${rules.select(count)}`;
  return has(form) ? form : `${base}_other`;
}

/**
 * A pack's string for `key`, filled in; undefined if the pack lacks it. A key with plural
 * forms is asked for by its base name (`time.minutes` for `time.minutes_one` and
 * `time.minutes_other`) with a numeric `count`, which picks the form.
 */
export function translate(
  strings: Readonly<Record<string, string>>,
  locale: string,
  key: string,
  vars?: Vars,
): string | undefined {
  const has = (k: string): boolean => Object.hasOwn(strings, k);
  const count = vars?.count;
  const chosen = !has(key) && typeof count === 'number' ? pluralKey(key, count, locale, has) : key;
  const template = strings[chosen];
  return template === undefined ? undefined : format(template, vars);
}
