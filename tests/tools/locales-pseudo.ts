// `npm run locales:pseudo [folder]`: writes the pseudo-locales en-XA (accented, longer) and
// ar-XB (right-to-left) from the English pack into a folder (default tests/locales, which
// git ignores). Build them in with PCI_EXTRA_LOCALES=<folder>; patients never get them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalePack } from '../../src/i18n/types.ts';
import { pseudoPacks } from './pseudoLocale.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = resolve(root, process.argv[2] ?? 'tests/locales');
const english = JSON.parse(
  readFileSync(join(root, 'src/locales/en-GB.json'), 'utf8'),
) as LocalePack;
mkdirSync(folder, { recursive: true });
for (const pack of pseudoPacks(english)) {
  const file = join(folder, `${pack.meta.tag}.json`);
  writeFileSync(file, `${JSON.stringify(pack, null, 2)}\n`);
  console.log(`Wrote ${file}`);
}
