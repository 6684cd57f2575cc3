// What grows on the JS heap across case switches, when the soak's heap figure rises: two
// heap snapshots (after a warm-up of 24 switches, and after N more), totalled by kind of
// object, biggest growth first. V8's compiled code and the browser's own performance-entry
// buffers grow for a while and then stop; the app's own objects should not grow at all.
// Usage: npm run build && node tests/tools/heap-diff.mjs [switches=30]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer } from '../browser/server.mjs';

const SWITCHES = Number(process.argv[2] ?? 30);
const server = await startPreviewServer(4810);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1180, height: 820 } });
const cdp = await page.context().newCDPSession(page);
await page.goto(`${server.url}?mode=clinician`);
await page.waitForSelector('canvas[data-ready="true"]');
await page.getByText('This patient’s case').dispatchEvent('click');
const CHOICES = [
  'Emergency: heart attack',
  'Groin (femoral artery)',
  'Right coronary (RCA)',
  'Near the start',
  'Balloon pump',
  'Circumflex (LCx)',
  'Further along',
  'Temporary pacemaker',
  'Planned',
  'Wrist (radial artery)',
  'Left anterior descending (LAD)',
  'Middle',
];
async function choose(label) {
  await page.evaluate((text) => {
    const panel = document.querySelector('[data-testid="case-panel"]');
    if (panel) panel.open = true;
    const label = [...(panel?.querySelectorAll('label') ?? [])].find(
      (l) => l.textContent.trim() === text,
    );
    const input = label?.querySelector('input');
    if (input && !input.disabled && !input.checked) input.click();
  }, label);
  await page.waitForTimeout(300);
}
let n = 0;
async function rounds(count) {
  for (let i = 0; i < count; i++) {
    await choose(CHOICES[n++ % CHOICES.length]);
    for (const f of [0.1, 0.5, 0.8]) {
      await page.evaluate((x) => {
        const { player } = window.__pciExplainer;
        player.seek(player.duration * x);
      }, f);
      await page.waitForTimeout(400);
    }
  }
  for (const l of ['Planned', 'Wrist (radial artery)', 'Left anterior descending (LAD)', 'Middle'])
    await choose(l);
  await page.keyboard.press('Home');
  await page.waitForTimeout(1500);
}
async function snapshot() {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const stride = fields.length;
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const by = new Map();
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += stride) {
    const type = types[snap.nodes[i + iType]];
    let name = snap.strings[snap.nodes[i + iName]];
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
      name = '(string)';
    if (type === 'code') name = '(code)';
    if (type === 'number') name = '(number)';
    const key = `${type}:${String(name).slice(0, 60)}`;
    const e = by.get(key) ?? { count: 0, size: 0 };
    e.count++;
    e.size += snap.nodes[i + iSize];
    total += snap.nodes[i + iSize];
    by.set(key, e);
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { by, total, used: heap.usedSize };
}
await rounds(24);
const a = await snapshot();
console.log(
  'A',
  (a.total / 1048576).toFixed(2),
  'MB in snapshot; used',
  (a.used / 1048576).toFixed(2),
);
await rounds(SWITCHES);
const b = await snapshot();
console.log(
  'B',
  (b.total / 1048576).toFixed(2),
  'MB in snapshot; used',
  (b.used / 1048576).toFixed(2),
);
const rows = [];
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
await browser.close();
await server.close();
