// Soak test: runs the explainer for a long session (default 10 minutes) on the built app,
// in clinician mode, playing, jumping between steps, changing settings and switching the
// patient's case (route, artery, segment, planned or emergency), and reports JS heap, DOM
// nodes and live WebGL objects at the start and the end. They must not grow. The start is
// measured after one pass through every case choice and every step of cases that show every
// part (what a kind of case needs is made on first use); the soak runs its minutes after that.
// Usage: npm run build && npx tsx tests/tools/soak.ts [minutes]
import {
  CASE_CHOICES,
  choose as chooseIn,
  DEFAULT_CASE_CHOICES,
  openClinicianSession,
  visitEveryStep as visitEveryStepIn,
} from './clinicianSession.ts';

declare global {
  interface Window {
    /** Live WebGL objects by kind, counted by COUNT_GL. */
    __gl?: Record<GlKind, number>;
  }
}

type GlKind = 'texture' | 'buffer' | 'program' | 'framebuffer';

/** One look at what the page holds. */
interface Measurement extends Record<GlKind, number> {
  heapMB: number;
  domNodes: number;
  geometries: number;
  textures: number;
  programs: number;
  programKeys: string[];
}

const minutes = Number(process.argv[2] ?? 10);

// Counts live WebGL objects: created minus deleted, by kind.
const COUNT_GL = `
  window.__gl = { texture: 0, buffer: 0, program: 0, framebuffer: 0 };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const kind of ['Texture', 'Buffer', 'Program', 'Framebuffer']) {
      const create = proto['create' + kind];
      const remove = proto['delete' + kind];
      const key = kind.toLowerCase();
      proto['create' + kind] = function (...a) { window.__gl[key]++; return create.apply(this, a); };
      proto['delete' + kind] = function (o) { if (o) window.__gl[key]--; return remove.call(this, o); };
    }
  }
`;

const { page, cdp, close } = await openClinicianSession(4800, COUNT_GL);
const choose = (label: string): Promise<void> => chooseIn(page, label);
const visitEveryStep = (): Promise<void> => visitEveryStepIn(page);
/**
 * Cases whose every step is drawn before the start is measured: between them they show every
 * part and material (emergency, both routes, balloon pump and pacing wire). Shader programs
 * are compiled when a material is first drawn, so without this the first sight of, say, the
 * pacing wire late in the soak would count as growth.
 */
const EVERY_PART_CASES = [
  ['Emergency: heart attack', 'Groin (femoral artery)', 'Balloon pump', 'Temporary pacemaker'],
  ['Wrist (radial artery)'],
];
let switches = 0;

async function measure(): Promise<Measurement> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const page_ = await page.evaluate(() => {
    const renderer = window.__pciExplainer?.renderer;
    const gl = window.__gl;
    if (!renderer || !gl) throw new Error('No renderer or WebGL counts in the page');
    return {
      domNodes: document.getElementsByTagName('*').length,
      geometries: renderer.info.memory.geometries,
      textures: renderer.info.memory.textures,
      programs: renderer.info.programs?.length ?? 0,
      ...gl,
      // Each live shader program's kind and the parameters it was compiled for.
      programKeys: (renderer.info.programs ?? []).map((p) => `${p.name}|${p.cacheKey}`),
    };
  });
  return { heapMB: +(heap.usedSize / 1048576).toFixed(2), ...page_ };
}

/** A measurement for the log: the counts, without the programs' parameters. */
const brief = ({ programKeys: _keys, ...counts }: Measurement): string => JSON.stringify(counts);

/**
 * What sets a new program apart from the nearest one of the same kind that was there before:
 * the compile parameters (cacheKey fields) that differ, by position.
 */
function programDifference(key: string, before: readonly string[]): string {
  const [name, params = ''] = key.split('|');
  const fields = params.split(',');
  let best: string[] | null = null;
  for (const other of before) {
    const [otherName, otherParams = ''] = other.split('|');
    if (otherName !== name) continue;
    const otherFields = otherParams.split(',');
    const differ = fields.flatMap((f, i) =>
      f === otherFields[i] ? [] : [`#${i}: ${otherFields[i]} -> ${f}`],
    );
    if (!best || differ.length < best.length) best = differ;
  }
  return `${name}: ${best ? best.join(', ') : 'no program of this kind before'}`;
}

/**
 * The conditions start and end are measured in: the default case, paused at the start (the
 * heart), guided view, standard text, so the same parts are on screen and counted.
 */
async function settleAndMeasure(): Promise<Measurement> {
  for (const label of DEFAULT_CASE_CHOICES) await choose(label);
  await page.evaluate(() => window.__pciExplainer?.player?.pause());
  await page
    .getByRole('button', { name: 'Back to guided view' })
    .dispatchEvent('click')
    .catch(() => undefined);
  await page.getByRole('button', { name: 'Standard', exact: true }).dispatchEvent('click');
  // Show every step once, so each part of this case has been drawn (GPU objects are made on
  // first draw): what is counted then does not depend on which steps happened to be seen.
  await visitEveryStep();
  await page.keyboard.press('Home');
  await page.waitForTimeout(1500);
  return measure();
}

const stages = await page.evaluate(() => window.__pciExplainer?.player?.slots.length ?? 0);
let start = await settleAndMeasure();
console.log('first look ', brief(start));

// The soak proper runs for `minutes` after a warm-up that switches through every case choice
// once and draws every step of EVERY_PART_CASES, since what each kind of case needs (its
// parts, its shader programs) is made on first use.
const WARM_UP_ROUNDS = 2 * CASE_CHOICES.length;
let until = Infinity;
let rounds = 0;
await page.getByTestId('play').dispatchEvent('click');
while (Date.now() < until) {
  rounds++;
  await page.waitForTimeout(8000);
  // Jump somewhere, change a setting now and then, keep playing.
  await page.keyboard.press(String(1 + (rounds % Math.min(stages, 9))));
  if (rounds % 5 === 0)
    await page
      .getByRole('button', { name: rounds % 10 === 0 ? 'Standard' : 'Large', exact: true })
      .dispatchEvent('click');
  if (rounds % 7 === 0)
    await page.getByRole('button', { name: 'Turn the picture left' }).dispatchEvent('click');
  // Another patient's case every other round.
  if (rounds % 2 === 0) {
    await choose(CASE_CHOICES[switches % CASE_CHOICES.length] ?? 'Planned');
    switches++;
  }
  if (rounds % 7 === 1 && rounds > 1)
    await page
      .getByRole('button', { name: 'Back to guided view' })
      .dispatchEvent('click')
      .catch(() => undefined);
  const playing = await page.evaluate(() => window.__pciExplainer?.player?.playing() ?? false);
  if (!playing) await page.getByTestId('play').dispatchEvent('click');
  if (rounds === WARM_UP_ROUNDS) {
    for (const labels of EVERY_PART_CASES) {
      for (const label of labels) await choose(label);
      await visitEveryStep();
    }
    start = await settleAndMeasure();
    console.log('start', brief(start));
    until = Date.now() + minutes * 60_000;
    await page.getByTestId('play').dispatchEvent('click');
  }
  if (rounds % 8 === 0)
    console.log(
      until === Infinity ? 'warming up' : `${Math.round((until - Date.now()) / 1000)} s left`,
      brief(await measure()),
    );
}
const end = await settleAndMeasure();
console.log('end  ', brief(end));
for (const key of end.programKeys.filter((k) => !start.programKeys.includes(k)))
  console.log('new program:', programDifference(key, start.programKeys));

const grew: string[] = [];
for (const key of [
  'domNodes',
  'geometries',
  'textures',
  'programs',
  'texture',
  'buffer',
  'program',
  'framebuffer',
] as const) {
  if (end[key] > start[key]) grew.push(`${key} ${start[key]} -> ${end[key]}`);
}
if (end.heapMB > start.heapMB * 1.2 + 1) grew.push(`heap ${start.heapMB} MB -> ${end.heapMB} MB`);
console.log(
  `${minutes} min after warm-up, ${rounds} rounds, ${switches} case switches: ${grew.length ? `GREW: ${grew.join('; ')}` : 'nothing grew'}`,
);
await close();
process.exit(grew.length ? 1 : 0);
