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
