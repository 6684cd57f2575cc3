import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const log = readFileSync(`${root}docs/clinical-safety/hazard-log.md`, 'utf8');

/** Hazard rows: lines of the table that start with an id like "| H3 |". */
const rows = log.split('\n').filter((line) => /^\|\s*H\d+\s*\|/.test(line));

/** `file::test name` references in a row. */
function references(row: string): { file: string; name: string }[] {
  return [...row.matchAll(/`(tests\/[^`:]+)::([^`]+)`/g)].map((m) => ({
    file: m[1] ?? '',
    name: m[2] ?? '',
  }));
}

/** Test titles are written in source with \u2019 escapes or curly quotes; compare them folded. */
const fold = (s: string): string => s.replace(/\\u2019/g, '\u2019').replace(/\\'/g, "'");

describe('hazard log', () => {
  it('lists the hazards the product must control', () => {
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const words of [
      'antiplatelet',
      '999',
      'review date',
      'approved',
      'out of step',
      'cached',
      'language',
      'consent',
    ]) {
      expect(
        rows.some((r) => r.toLowerCase().includes(words.toLowerCase())),
        `a hazard about "${words}"`,
      ).toBe(true);
    }
  });

  it('gives every hazard a cause, effect, severity, likelihood and control', () => {
    for (const row of rows) {
      const cells = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      expect(cells, row).toHaveLength(8);
      for (const cell of cells.slice(0, 7)) expect(cell.length, row).toBeGreaterThan(0);
    }
  });

  it('names, for every hazard still open or controlled, tests that exist', () => {
    let named = 0;
    for (const row of rows) {
      const refs = references(row);
      const open = row.includes('Open:');
      if (!open)
        expect(refs.length, `hazard without a test: ${row.slice(0, 60)}`).toBeGreaterThan(0);
      for (const { file, name } of refs) {
        expect(existsSync(`${root}${file}`), file).toBe(true);
        const source = fold(readFileSync(`${root}${file}`, 'utf8'));
        expect(
          source.includes(`'${name}'`) || source.includes(`\`${name}\``),
          `${file}: "${name}"`,
        ).toBe(true);
        named++;
      }
    }
    expect(named).toBeGreaterThan(15);
  });
});
