// What the pre-rendered stills (public/stills/) are drawn from, and one hash of it all, so a
// test can tell when they are out of date. Shared by tests/tools/stills.ts, which records
// the hash, and tests/content/stills.test.ts, which checks it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The files and folders that decide what the picture shows at each stage. */
export const STILLS_INPUTS: readonly string[] = [
  // The stages, their times, camera shots and actions, and the facts behind the sizes.
  'src/content/procedure.json',
  'src/content/clinical-facts.json',
  // The models, the scene that draws them, and the timeline that moves them.
  'models',
  'src/scene',
  'src/timeline',
];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** Every input file, relative to the repository with forward slashes, sorted. */
export function stillsInputFiles(root: string = ROOT): string[] {
  return STILLS_INPUTS.flatMap((input) => filesUnder(join(root, input)))
    .map((file) => relative(root, file).split(sep).join('/'))
    .sort();
}

/** SHA-256 of every input's path and text (line endings made \n, so checkouts agree). */
export function stillsInputsHash(root: string = ROOT): string {
  const hash = createHash('sha256');
  for (const file of stillsInputFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n');
    hash.update(`${file}\0${text}\0`);
  }
  return `sha256-${hash.digest('hex')}`;
}
