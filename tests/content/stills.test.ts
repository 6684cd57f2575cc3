// The stills shown where the 3D picture cannot be drawn (public/stills/) must be of the
// current picture: a change to the content, models, scene or timeline means new stills.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE, VARIANTS } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import { stillFile } from '../../src/ui/stillFile.ts';
import { ROOT, stillsInputsHash } from '../tools/stillsInputs.ts';

interface StillsManifest {
  inputsHash: string;
  stills: { stage: string; variant: string; file: string }[];
}

const REFRESH = 'run `npm run stills` to draw them again';
const manifestPath = join(ROOT, 'public/stills/manifest.json');
const manifest: StillsManifest | undefined = existsSync(manifestPath)
  ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as StillsManifest)
  : undefined;

describe('the stills for devices without 3D', () => {
  it('exist', () => {
    expect(manifest, `public/stills/manifest.json is missing: ${REFRESH}`).toBeDefined();
  });

  it('are drawn from the current content, models, scene and timeline', () => {
    expect(
      manifest?.inputsHash,
      `The stills are out of date (what they are drawn from has changed): ${REFRESH}`,
    ).toBe(stillsInputsHash());
  });

  const wanted = VARIANTS.flatMap((variant) =>
    procedureFor({ ...DEFAULT_CASE, variant }).stages.map((s) => ({ id: s.id, variant })),
  );

  it.each(wanted)('include stage "$id" of the $variant procedure', ({ id, variant }) => {
    const still = manifest?.stills.find((s) => s.stage === id && s.variant === variant);
    const file = stillFile(id, variant);
    expect(still, `Stage "${id}" (${variant}) has no still: ${REFRESH}`).toBeDefined();
    expect(still?.file).toBe(file);
    const path = join(ROOT, 'public/stills', file);
    expect(existsSync(path), `public/stills/${file} is missing: ${REFRESH}`).toBe(true);
    const image = readFileSync(path);
    // A WebP file is a RIFF container of type WEBP; the fallback links to exactly this name.
    const kind = `${image.toString('latin1', 0, 4)}/${image.toString('latin1', 8, 12)}`;
    expect(kind, `public/stills/${file} is not a WebP picture: ${REFRESH}`).toBe('RIFF/WEBP');
  });

  it('belong to stages that exist', () => {
    const strays = (manifest?.stills ?? [])
      .filter((s) => !wanted.some((w) => w.id === s.stage && w.variant === s.variant))
      .map((s) => `${s.stage} (${s.variant})`);
    expect(strays, `Stills of stages that no longer exist: ${REFRESH}`).toEqual([]);
  });
});
