// `npm run locales:english`: writes procedure.json's and risks.json's words into the English pack's `content`
// (src/locales/en-GB.json), keeping its meta and ui. Run after editing either: the
// build and tests/i18n/packs.test.ts refuse an English pack that differs from it. The
// English `content` is what translators translate, key by key.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ProcedureSchema } from '../../src/content/schema.ts';
import { contentStrings } from '../../src/content/contentKeys.ts';
import { RiskFiguresSchema } from '../../src/content/riskFiguresSchema.ts';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const procedure = ProcedureSchema.parse(
  JSON.parse(readFileSync(here('../../src/content/procedure.json'), 'utf8')),
);
const figures = RiskFiguresSchema.parse(
  JSON.parse(readFileSync(here('../../src/content/risks.json'), 'utf8')),
);
const file = here(`../../src/locales/${procedure.meta.language}.json`);
const pack = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
pack.content = contentStrings(procedure, figures);
writeFileSync(file, `${JSON.stringify(pack, null, 2)}\n`);
console.log(`Wrote ${Object.keys(pack.content as object).length} content strings to ${file}`);
