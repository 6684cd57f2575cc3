// Opening at a point from the address (`?t=`), and ignoring addresses that are wrong.
import {
  caption,
  captionTextAt,
  expect,
  expectCurrentStage,
  firstCaption,
  nextFrames,
  openApp,
  scrubberValue,
  stageAt,
  stages,
  stageStart,
  test,
} from './helpers.ts';

for (const t of [30, stageStart(4) + 7.5, 100.25]) {
  test(`?t=${t} opens at ${t} s`, async ({ page }) => {
    await openApp(page, `?t=${t}`);
    await expect(caption(page)).toHaveText(captionTextAt(t));
    // The scrubber moves in steps of 0.1 s.
    expect(await scrubberValue(page)).toBeCloseTo(t, 0);
    const index = stages.findLastIndex((_, i) => t >= stageStart(i));
    await expectCurrentStage(page, index);
  });
}

const badQueries = [
  '?stage=nope',
  '?t=-3',
  '?t=abc',
  '?t=1e3',
  '?t=Infinity',
  '?t=99999',
  `?stage=${encodeURIComponent('<script>alert(1)</script>')}`,
  `?stage=<script>alert(1)</script>`,
  `?t=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
  `?stage=${encodeURIComponent('"><svg onload=alert(1)>')}&t=${'9'.repeat(80)}`,
];

for (const query of badQueries) {
  test(`${query} opens at the start, harmlessly`, async ({ page, problems }) => {
    await openApp(page, query);
    await expect(caption(page)).toHaveText(firstCaption(stageAt(0)));
    await expectCurrentStage(page, 0);
    expect(await scrubberValue(page)).toBe(0);
    // A few frames after the first: anything the address had smuggled in would have run.
    await nextFrames(page, 4);
    expect(problems.dialogs).toEqual([]);
    const body = await page.evaluate(() => document.body.innerHTML);
    expect(body).not.toContain('alert(');
    expect(body).not.toContain('<script');
    expect(body).not.toContain('onerror');
    expect(body).not.toContain('nope');
    expect(await page.locator('body script, [onerror], [onload]').count()).toBe(0);
  });
}
