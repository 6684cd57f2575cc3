// Browser tests: the built app (dist/) in Debian's Chromium, drawing WebGL on the CPU.
// Run `npm run build` first; `npm test` does. Browsers are never downloaded: Chromium is
// found only through CHROMIUM_PATH (default /usr/bin/chromium).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/browser/server.mjs';

// 4173 as in `npm run preview`; PREVIEW_PORT moves the tests off it when something else
// (tests/tools/screenshots.mjs, another checkout) already holds that port.
const PORT = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  // Two cores and a software GPU: one browser at a time keeps timings honest.
  workers: 1,
  fullyParallel: false,
  // One retry on CI only: a test that fails twice is red; one that needs the retry is named in
  // the report ("flaky"), to be mended, not hidden.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1180, height: 820 },
    deviceScaleFactor: 1,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Off because, on a software GPU, recording a trace costs about 2 s a test and
    // Playwright's own failure screenshot about 3 s (it is taken after every test). The
    // tests' fixture screenshots failures itself (tests/browser/helpers.ts); for a trace,
    // run `npx playwright test --trace retain-on-failure`.
    trace: 'off',
    screenshot: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
