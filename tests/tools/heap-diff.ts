// What grows on the JS heap across case switches, when the soak's heap figure rises: two
// heap snapshots (after a warm-up of 24 switches, and after N more), totalled by kind of
// object, biggest growth first. V8's compiled code and the browser's own performance-entry
// buffers grow for a while and then stop; the app's own objects should not grow at all.
// Usage: npm run build && npx tsx tests/tools/heap-diff.ts [switches=30]
import {
  CASE_CHOICES,
  choose,
  DEFAULT_CASE_CHOICES,
  openClinicianSession,
} from './clinicianSession.ts';

/** The parts of a V8 heap snapshot (.heapsnapshot JSON) read here. */
interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}
interface Tally {
  count: number;
  size: number;
}
interface Snapshot {
  by: Map<string, Tally>;
  total: number;
  used: number;
}

const SWITCHES = Number(process.argv[2] ?? 30);
const { page, cdp, close } = await openClinicianSession(4810);
let n = 0;
async function rounds(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await choose(page, CASE_CHOICES[n++ % CASE_CHOICES.length] ?? 'Planned');
    for (const f of [0.1, 0.5, 0.8]) {
      await page.evaluate((x) => {
        const player = window.__pciExplainer?.player;
        player?.seek(player.duration * x);
      }, f);
      await page.waitForTimeout(400);
    }
  }
  for (const label of DEFAULT_CASE_CHOICES) await choose(page, label);
  await page.keyboard.press('Home');
  await page.waitForTimeout(1500);
}
async function snapshot(): Promise<Snapshot> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }): void => {
    chunks.push(chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const stride = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const by = new Map<string, Tally>();
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += stride) {
    const at = (field: number): number => snap.nodes[i + field] ?? 0;
    const type = types[at(iType)];
    let name = snap.strings[at(iName)];
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
      name = '(string)';
    if (type === 'code') name = '(code)';
    if (type === 'number') name = '(number)';
    const key = `${type}:${String(name).slice(0, 60)}`;
    const e = by.get(key) ?? { count: 0, size: 0 };
    e.count++;
    e.size += at(iSize);
    total += at(iSize);
    by.set(key, e);
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { by, total, used: heap.usedSize };
}
const megabytes = (bytes: number): string => (bytes / 1048576).toFixed(2);
const report = (name: string, { total, used }: Snapshot): void =>
  console.log(name, megabytes(total), 'MB in snapshot; used', megabytes(used));
await rounds(24);
const a = await snapshot();
report('A', a);
await rounds(SWITCHES);
const b = await snapshot();
report('B', b);
const rows: { key: string; dCount: number; dSize: number }[] = [];
for (const [key, e] of b.by) {
  const o = a.by.get(key) ?? { count: 0, size: 0 };
  if (e.size !== o.size || e.count !== o.count)
    rows.push({ key, dCount: e.count - o.count, dSize: e.size - o.size });
}
for (const [key, o] of a.by)
  if (!b.by.has(key)) rows.push({ key, dCount: -o.count, dSize: -o.size });
rows.sort((x, y) => y.dSize - x.dSize);
for (const r of rows.slice(0, 30))
  console.log(String(r.dSize).padStart(9), String(r.dCount).padStart(6), r.key);
console.log('… biggest shrinkage:');
for (const r of rows.slice(-8))
  console.log(String(r.dSize).padStart(9), String(r.dCount).padStart(6), r.key);
await close();
