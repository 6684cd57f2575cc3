// Node, build time only: run by vite.config.ts (`prerenderShell`) as its own process
// (`node --import tsx src/app/prerenderRun.ts`), so the pretend browser that the first-screen
// render needs (src/app/prerender.tsx) never leaks into the build itself. Loads the app
// through Vite (JSX, CSS imports, the locale packs' virtual module) and prints the first
// screen's HTML as JSON on stdout.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { localePacks } from '../i18n/localePlugin.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
  plugins: [react(), localePacks(root)],
});
const html = await (async () => {
  try {
    const entry = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
      renderFirstScreen: () => Promise<string>;
    };
    return await entry.renderFirstScreen();
  } finally {
    await server.close();
  }
})();
process.stdout.write(JSON.stringify({ html }));
// The timeline's ticker may have left a timer behind: the work is done.
process.exit(0);
