/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { ClinicalFactsSchema, ProcedureSchema } from './src/content/schema.ts';
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
      globPatterns: ['**/*.{html,js,css,svg,png,jpg}'],
      // Room to grow: the main script is 1.3 MB, and a file over this limit fails the build
      // rather than being left out of the offline copy.
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
  plugins: [react(), contentCheck(), localePacks(here('.')), offlineApp(), embedClient()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
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
