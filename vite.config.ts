/// <reference types="vitest/config" />
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as THREE from 'three';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { RiskFiguresSchema } from './src/content/riskFiguresSchema.ts';
import { ClinicalFactsSchema, ProcedureSchema } from './src/content/schema.ts';
import { normalise } from './src/content/trace.ts';
import { traceContent, traceProblems } from './src/content/trace.ts';
import { governanceProblems } from './src/content/governance.ts';
import { localePacks } from './src/i18n/localePlugin.ts';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * Refuses to build (or serve) content that fails its schema or its source tracing, so a
 * caption that does not come from the source can never reach a patient.
 */
function contentCheck(): Plugin {
  const check = (): void => {
    const procedure = ProcedureSchema.parse(
      JSON.parse(readFileSync(here('src/content/procedure.json'), 'utf8')),
    );
    const facts = ClinicalFactsSchema.parse(
      JSON.parse(readFileSync(here('src/content/clinical-facts.json'), 'utf8')),
    );
    const problems = traceProblems(
      traceContent(
        procedure,
        readFileSync(here('src/content/sources/coronary-angioplasty.txt'), 'utf8'),
        facts,
        readFileSync(here('src/content/sources/clinical-facts.md'), 'utf8'),
      ),
    );
    // The risk figures (src/content/risks.json): their shape, the facts each rests on, and
    // the benefits' quotes, which must be the hospital page's own words.
    const risks = RiskFiguresSchema.parse(
      JSON.parse(readFileSync(here('src/content/risks.json'), 'utf8')),
    );
    const factIds = new Set(facts.map((f) => f.id));
    const source = normalise(
      readFileSync(here('src/content/sources/coronary-angioplasty.txt'), 'utf8'),
    );
    for (const [variant, v] of Object.entries(risks.variants)) {
      for (const row of v.rows)
        if (!factIds.has(row.fact))
          problems.push(
            `Risk "${row.id}" (${variant}) rests on an unknown clinical fact "${row.fact}"`,
          );
      for (const b of v.benefits)
        if (!source.includes(normalise(b.quote)))
          problems.push(`A ${variant} benefit quotes words not in the source: "${b.quote}"`);
    }
    const today = new Date().toISOString().slice(0, 10);
    problems.push(...governanceProblems(procedure.meta, today));
    if (problems.length > 0) throw new Error(`Content check failed:\n- ${problems.join('\n- ')}`);
  };
  return {
    name: 'pci-content-check',
    buildStart: check,
    handleHotUpdate({ file }) {
      if (file.includes('/src/content/')) check();
    },
  };
}

/**
 * The installable, offline app: a web app manifest, and a Workbox service worker that
 * precaches everything the explainer needs (scripts, styles, both pages, icons and the
 * stills), so after one visit every step opens and plays with no network. Each precached
 * file carries a revision (its content hash, or the hash in its name), so after a new build
 * exactly the changed files are fetched, bypassing the HTTP cache, and the new version is
 * offered to the reader by src/ui/UpdatePrompt.tsx. Nothing from anywhere else is fetched
 * or cached: there is no runtime caching at all.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    // Registered by src/app/serviceWorker.ts, in production builds only.
    injectRegister: false,
    strategies: 'generateSW',
    manifest: {
      name: 'Coronary angioplasty explained',
      short_name: 'Angioplasty',
      description:
        'An interactive 3D explainer of coronary angioplasty and stents (PCI), step by step, in plain English.',
      lang: 'en-GB',
      dir: 'ltr',
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#005eb8',
      background_color: '#ffffff',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    includeManifestIcons: false,
    workbox: {
      // index.html, accessibility.html, the hashed scripts and styles, the statement's
      // styles, the favicon, the icons and the stills; not source maps, nor the stills'
      // manifest. (The plugin adds manifest.webmanifest itself.)
      globPatterns: ['**/*.{html,js,css,svg,png,webp}'],
      // Every chunk, the lazy ones (src/app/lazyParts.tsx) included, so every tool works
      // offline. Room to grow: the largest script is 1.15 MB, and a file over this limit fails
      // the build rather than being left out of the offline copy.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // Pages are static: their address parameters (?stage=…, the case, embed options) never
      // change the file, so `embed.html?stage=x` is the precached embed.html, not the fallback.
      ignoreURLParametersMatching: [/.*/],
      // Any other address of the app opens the precached index.html.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // One sw.js, with no Workbox runtime file beside it.
      inlineWorkboxRuntime: true,
      sourcemap: false,
      runtimeCaching: [],
    },
  });
}

/**
 * @react-three/fiber fills its catalogue of JSX elements (`<mesh>`, `<group>`…) with the whole
 * `three` namespace (`extend(THREE)` in its Canvas), which keeps all of three.js in the
 * bundle. In builds, this hands it a catalogue of only the three.js classes that JSX in
 * src/ names (every lower-case JSX tag whose PascalCase name three.js exports), so the rest
 * of three.js is tree-shaken away. Scanned at every build: a new element needs nothing here.
 */
function r3fCatalogue(): Plugin {
  const VIRTUAL = '\0pci-r3f-catalogue';
  const fiberCanvas = /@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;
  const tsxUnder = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? tsxUnder(join(dir, d.name))
        : d.name.endsWith('.tsx')
          ? [join(dir, d.name)]
          : [],
    );
  const exported = new Set(Object.keys(THREE));
  const elements = (): string[] => {
    const names = new Set<string>();
    for (const file of tsxUnder(here('src')))
      for (const m of readFileSync(file, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
        const tag = m[1] ?? '';
        const name = `${tag.charAt(0).toUpperCase()}${tag.slice(1)}`;
        if (exported.has(name)) names.add(name);
      }
    return [...names].sort();
  };
  return {
    name: 'pci-r3f-catalogue',
    apply: 'build',
    resolveId: (id) => (id === 'virtual:pci-r3f-catalogue' ? VIRTUAL : undefined),
    load(id) {
      if (id !== VIRTUAL) return undefined;
      return `export { ${elements().join(', ')} } from 'three';\n`;
    },
    transform(code, id) {
      if (!fiberCanvas.test(id)) return undefined;
      if (!code.includes('extend(THREE)'))
        this.error('r3fCatalogue: @react-three/fiber no longer calls extend(THREE): update it');
      return {
        code: `import * as __pciCatalogue from 'virtual:pci-r3f-catalogue';\n${code.replace(
          'extend(THREE)',
          'extend(__pciCatalogue)',
        )}`,
        map: null,
      };
    },
  };
}

/**
 * The first screen in index.html itself: the real components rendered at build time
 * (src/app/prerender.tsx, run in its own Node process by src/app/prerenderRun.ts), so the
 * title, the first caption, the controls, the steps and the still of the first step's picture
 * paint before any script has run. src/main.tsx renders the same tree over it; the still
 * stays over the picture until the 3D's first frame (src/app/lazyParts.tsx). React's
 * resource hints (the still's preload) go into the head.
 */
function prerenderShell(): Plugin {
  let shell: Promise<{ body: string; hints: string; css: string }> | null = null;
  const render = (): Promise<string> =>
    new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', here('src/app/prerenderRun.ts')],
        { cwd: here('.'), env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 1 << 24 },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`The first screen failed to prerender:\n${stderr}`));
          else resolve((JSON.parse(stdout) as { html: string }).html);
        },
      );
    });
  // A strict Content-Security-Policy (style-src 'self', docs/hosting.md) blocks style
  // attributes in HTML, so each becomes a data attribute and a rule in first-screen.css.
  // (React's own client render sets styles through the CSSOM, which the policy allows.)
  const split = async (): Promise<{ body: string; hints: string; css: string }> => {
    const html = await render();
    const hints = html.match(/^(<link\b[^>]*>)+/)?.[0] ?? '';
    const styles: string[] = [];
    const body = html.slice(hints.length).replace(/ style="([^"]*)"/g, (_all, css: string) => {
      const decoded = css
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, '&');
      let i = styles.indexOf(decoded);
      if (i < 0) i = styles.push(decoded) - 1;
      return ` data-shell-style="${i}"`;
    });
    const css = styles.map((rule, i) => `[data-shell-style="${i}"]{${rule}}`).join('\n');
    return { body, hints, css: `${css}\n` };
  };
  return {
    name: 'pci-prerender-shell',
    apply: 'build',
    buildStart() {
      shell = split();
      // Handled where it is awaited; this only stops an unhandled rejection in between.
      shell.catch(() => undefined);
    },
    transformIndexHtml: {
      // After Vite's own work on the page, so it leaves first-screen.css (emitted below) be.
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.filename.endsWith('/index.html')) return html;
        const { body, hints } = await (shell ??= split());
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error(`index.html has no ${root} to fill`);
        return html
          .replace('</head>', `${hints}<link rel="stylesheet" href="./first-screen.css" /></head>`)
          .replace(root, `<div id="root">${body}</div>`);
      },
    },
    async generateBundle() {
      const { css } = await (shell ??= split());
      this.emitFile({ type: 'asset', fileName: 'first-screen.css', source: css });
    },
  };
}

/**
 * The host page's helper for the embed's message API, as one standalone ES module with a
 * fixed name (`embed-client.js`), for a hospital page to copy and load. It imports only
 * types, so nothing is shared with the app's chunks.
 */
function embedClient(): Plugin {
  return {
    name: 'pci-embed-client',
    apply: 'build',
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: here('src/embed/client.ts'),
        fileName: 'embed-client.js',
        preserveSignature: 'strict',
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    r3fCatalogue(),
    prerenderShell(),
    contentCheck(),
    localePacks(here('.')),
    offlineApp(),
    embedClient(),
  ],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // The largest chunk, the first picture's (React DOM, three.js as far as the scene uses it,
    // @react-three/fiber, GSAP and the scene), is about 1.15 MB minified, 335 KiB gzipped;
    // what it may weigh is tests/bench/budgets.mjs's to say, and this warns only at a jump.
    chunkSizeWarningLimit: 1250,
    rollupOptions: {
      // How long plugins took is for a profile, not a warning in every build on a busy machine.
      checks: { pluginTimings: false },
      // Two pages: the full explainer, and the compact one hospital pages put in an iframe.
      input: { index: here('index.html'), embed: here('embed.html') },
      output: {
        // The code both pages share (React, three.js, the explainer) would otherwise be
        // named after its first module, styles.css.
        chunkFileNames: (chunk) =>
          chunk.name === 'styles' ? 'assets/explainer-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The timeline tests seek through the whole story many times: seconds on a busy, shared
    // two-core machine, not the default 5 s.
    testTimeout: 30_000,
  },
});
