// The long-session scripts' shared driver (soak.ts, heap-diff.ts): the built app in
// clinician mode with its case panel open, and the choices that switch the patient's case.
import { type CDPSession, type Page, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer } from '../browser/server.mjs';

/** One pass through these, in order, visits every value of every case field. */
export const CASE_CHOICES = [
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
/** Back to the default case: planned, wrist, mid LAD. */
export const DEFAULT_CASE_CHOICES = [
  'Planned',
  'Wrist (radial artery)',
  'Left anterior descending (LAD)',
  'Middle',
];

/**
 * Serves dist/ on `port` and opens it in clinician mode at tablet size, the case panel open;
 * `initScript` runs in the page before the app (for counting WebGL calls, say).
 */
export interface ClinicianSession {
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}

export async function openClinicianSession(
  port: number,
  initScript?: string,
): Promise<ClinicianSession> {
  const server = await startPreviewServer(port);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1180, height: 820 } });
  if (initScript) await page.addInitScript(initScript);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${server.url}?mode=clinician`);
  await page.waitForSelector('canvas[data-ready="true"]');
  await page.getByText('This patient’s case').dispatchEvent('click');
  const close = async (): Promise<void> => {
    await browser.close();
    await server.close();
  };
  return { page, cdp, close };
}

/** Picks a case choice by its label, unless it is already chosen or not offered. */
export async function choose(page: Page, label: string): Promise<void> {
  // Straight through the page (as a tap would): while the 3D picture plays on a software GPU,
  // Playwright's wait for the page to hold still can take longer than a round.
  await page.evaluate((text) => {
    const panel = document.querySelector<HTMLDetailsElement>('[data-testid="case-panel"]');
    if (panel) panel.open = true;
    const label = [...(panel?.querySelectorAll('label') ?? [])].find(
      (l) => l.textContent?.trim() === text,
    );
    const input = label?.querySelector('input');
    if (input && !input.disabled && !input.checked) input.click();
  }, label);
  await page.waitForTimeout(300);
}

/** Seeks to the middle of each step of the current case in turn, letting each be drawn. */
export async function visitEveryStep(page: Page): Promise<void> {
  const count = await page.evaluate(() => {
    const player = window.__pciExplainer?.player;
    if (!player) throw new Error('The explainer has not exposed its player');
    return player.slots.length;
  });
  for (let i = 0; i < count; i++) {
    await page.evaluate((k) => {
      const player = window.__pciExplainer?.player;
      const slot = player?.slots[k];
      if (!player || !slot) throw new Error(`No step ${k} to show`);
      player.seek((slot.start + slot.end) / 2);
    }, i);
    await page.waitForTimeout(800);
  }
}
