// Build time only (vite.config.ts, `prerenderShell`): the explainer's first screen as HTML,
// rendered by the real components with react-dom/server, so index.html paints the title, the
// first caption, the controls, the steps and the still of the first step's picture before
// any script has run. src/main.tsx then renders the same tree over it.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';

const noop = (): void => undefined;

/**
 * Just enough of a browser for the first render: an address with no parameters (the first
 * step, the default case, patient mode, English), no saved choices, full motion, and a
 * device that can draw WebGL (so the page holds the picture's place and its still, as the
 * browser's first render will). Effects never run on the server, so nothing else is needed.
 */
function pretendBrowser(): void {
  const g = globalThis as Record<string, unknown>;
  const element = (): Record<string, unknown> => ({
    style: {},
    dataset: {},
    classList: { add: noop, remove: noop, toggle: noop, contains: () => false },
    setAttribute: noop,
    getContext: () => ({ getExtension: () => null }),
  });
  const storage = { getItem: () => null, setItem: noop, removeItem: noop };
  g.window = globalThis;
  g.location = {
    href: 'http://localhost/',
    origin: 'http://localhost',
    pathname: '/',
    search: '',
    hash: '',
  };
  g.history = { state: null, replaceState: noop, pushState: noop };
  g.localStorage = storage;
  g.sessionStorage = storage;
  g.matchMedia = () => ({ matches: false, addEventListener: noop, removeEventListener: noop });
  g.devicePixelRatio = 1;
  g.ResizeObserver = class {
    observe = noop;
    unobserve = noop;
    disconnect = noop;
  };
  if (!('navigator' in g)) g.navigator = { userAgent: 'node', language: 'en-GB' };
  g.addEventListener = noop;
  g.removeEventListener = noop;
  g.document = {
    documentElement: element(),
    createElement: element,
    querySelector: () => null,
    addEventListener: noop,
    removeEventListener: noop,
    title: '',
  };
}

/** The first screen's HTML, for index.html's #root. */
export async function renderFirstScreen(): Promise<string> {
  pretendBrowser();
  const { App } = await import('./App.tsx');
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
