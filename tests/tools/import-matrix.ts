// `npm run imports`: prints how many import statements run from each folder of the app
// (src/<folder>, and models/ as one) to each other folder, so a wrong-way import is easy to see.
// Read a row as "files in this folder import from ... this many times". The layer rules it is
// checked against are in docs/architecture.md and enforced by eslint.config.js.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every .ts/.tsx file under `dir`, as absolute paths. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * The layer a file belongs to: `models` for anything under models/, its folder in src/, or
 * `main` for the entry files directly in src/ (main.tsx).
 */
export function folderOf(path: string): string | null {
  const parts = relative(root, path).split(sep);
  if (parts[0] === 'models') return 'models';
  if (parts[0] !== 'src' || parts.length < 2) return null;
  return parts.length === 2 ? 'main' : (parts[1] ?? null);
}

/** The relative module paths a file imports or re-exports (static and dynamic). */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}

/** counts[from][to]: import statements from files in `from` to files in `to`, `from !== to`. */
export function importMatrix(): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const file of [...sources(join(root, 'src')), ...sources(join(root, 'models'))]) {
    const from = folderOf(file);
    if (!from) continue;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const to = folderOf(resolve(dirname(file), spec));
      if (!to || to === from) continue;
      const row = counts.get(from) ?? new Map<string, number>();
      row.set(to, (row.get(to) ?? 0) + 1);
      counts.set(from, row);
    }
  }
  return counts;
}

/** The matrix as a Markdown table, rows and columns in layer order. */
export function matrixTable(counts: Map<string, Map<string, number>>): string {
  const order = [
    'models',
    'content',
    'i18n',
    'locales',
    'case',
    'timeline',
    'scene',
    'ui',
    'clinician',
    'embed',
    'app',
    'main',
  ];
  const seen = new Set([...counts.keys(), ...[...counts.values()].flatMap((r) => [...r.keys()])]);
  const folders = [
    ...order.filter((f) => seen.has(f)),
    ...[...seen].filter((f) => !order.includes(f)).sort(),
  ];
  const header = `| from \\ to | ${folders.join(' | ')} |`;
  const rule = `|---|${folders.map(() => '---:').join('|')}|`;
  const rows = folders.map(
    (from) =>
      `| ${from} | ${folders.map((to) => (from === to ? '·' : String(counts.get(from)?.get(to) ?? ''))).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(matrixTable(importMatrix()));
}
