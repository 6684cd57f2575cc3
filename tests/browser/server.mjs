// Serves the built app (dist/) on 127.0.0.1 for browser tests, screenshots and benchmarks.
import { preview } from 'vite';

/** Debian's Chromium: browsers cannot be downloaded here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium on a closed network, as root, drawing WebGL on the CPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

export async function startPreviewServer(port = 4173) {
  const server = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: false },
  });
  const address = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${port}/`;
  return {
    url: address,
    close: () => new Promise((resolve) => server.httpServer.close(() => resolve(undefined))),
  };
}
