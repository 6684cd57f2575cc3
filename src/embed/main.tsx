import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ExplainerController } from '../app/controller.ts';
import { createBridge, type BridgeEnvironment } from './bridge.ts';
import { Embed } from './Embed.tsx';
import { parseEmbedOptions } from './options.ts';
import { originsFromConfig, originsFromText, parentOriginHint } from './origins.ts';
import { language } from '../i18n/language.ts';
import '../ui/styles.css';
import './embed.css';

// The entry of embed.html: the compact explainer for a hospital page's iframe.

const options = parseEmbedOptions(window.location.search);
document.documentElement.classList.toggle('embed--no-captions', !options.captions);
// The same packs as the full explainer, `lang` allowlisted against them (chooseLanguage.ts);
// not a choice saved on the full explainer: the host page decides.
const started = language.start(window.location.search, false);

/** The build's list joined with the deployment's embed-config.json (see origins.ts). */
async function allowedOrigins(): Promise<string[]> {
  const built = originsFromText(import.meta.env.VITE_EMBED_ALLOWED_ORIGINS);
  try {
    const response = await fetch('./embed-config.json', { cache: 'no-cache', credentials: 'omit' });
    const deployed = response.ok ? originsFromConfig(await response.json()) : [];
    return [...new Set([...built, ...deployed])];
  } catch {
    return built;
  }
}

const browser: BridgeEnvironment = {
  parent: window.parent,
  post: (message, targetOrigin) => window.parent.postMessage(message, targetOrigin),
  listen(handler) {
    const onMessage = (e: MessageEvent): void =>
      handler({ data: e.data as unknown, origin: e.origin, source: e.source });
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  },
  now: () => performance.now(),
  setTimer(run, ms) {
    const id = window.setTimeout(run, ms);
    return () => window.clearTimeout(id);
  },
};

// The explainer starts at once; the bridge joins it when the allowlist is known.
let latest: ExplainerController | null = null;
let attach = (c: ExplainerController): void => {
  latest = c;
};
const onController = (c: ExplainerController): void => attach(c);

if (window.parent !== window) {
  void allowedOrigins().then((origins) => {
    const bridge = createBridge(browser, {
      allowedOrigins: origins,
      parentOriginHint: parentOriginHint(window.location.ancestorOrigins, document.referrer),
      language: () => language.get().pack.meta.tag,
      setLanguage: (next) => void language.choose(next, false),
    });
    attach = bridge.attach;
    if (latest) bridge.attach(latest);
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
void started.then(() =>
  createRoot(root).render(
    <StrictMode>
      <Embed onController={onController} />
    </StrictMode>,
  ),
);
