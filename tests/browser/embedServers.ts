// Two little servers for the embed's browser tests: the built explainer (dist/), sent with
// the headers docs/hosting.md asks for (src/embed/headers.ts), and a demo hospital page
// (tests/embed-host/) on another origin that frames it. A third origin, not on the
// allowlist, serves the same hospital page to check that the explainer ignores it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, headersFor } from '../../src/embed/headers.ts';
import { contentType, listen, sendFile, type Site } from './staticSite.ts';

export type { Site };

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const HOST = fileURLToPath(new URL('../embed-host/', import.meta.url));

/**
 * The explainer, as deployed for a hospital whose site is `allowedOrigins`. Pages of
 * `frameAncestors` may frame it (the allowed sites, unless a test wants another to).
 */
export function serveExplainer(
  port: number,
  allowedOrigins: readonly string[],
  frameAncestors: readonly string[] = allowedOrigins,
): Promise<Site> {
  return listen(port, (path, _url, res) => {
    const headers = headersFor(path, frameAncestors);
    if (path === '/embed-config.json') {
      res.writeHead(200, { 'Content-Type': contentType(path), ...headers });
      return void res.end(JSON.stringify({ allowedOrigins }));
    }
    sendFile(res, DIST, path.endsWith('/') ? `${path}index.html` : path, headers);
  });
}

const escapeAttribute = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The demo hospital page, framing `explainerOrigin`/embed.html. `?embed=<query>` is passed
 * on to the embed's address (for tests of hostile address parameters).
 */
export function serveHost(port: number, explainerOrigin: string): Promise<Site> {
  return listen(port, (path, url, res) => {
    if (path === '/embed-client.js') return sendFile(res, DIST, 'embed-client.js');
    if (path !== '/') return sendFile(res, HOST, path);
    const src = `${explainerOrigin}/embed.html${url.searchParams.get('embed') ?? ''}`;
    const html = readFileSync(join(HOST, 'index.html'), 'utf8')
      .replaceAll('{{EMBED_SRC}}', escapeAttribute(src))
      .replaceAll('{{EXPLAINER_ORIGIN}}', escapeAttribute(explainerOrigin));
    res.writeHead(200, {
      'Content-Type': contentType('index.html'),
      'Cache-Control': 'no-cache',
      // The hospital's own strict policy: the snippet must work under it.
      'Content-Security-Policy': contentSecurityPolicy([])
        .replace("default-src 'none'", `default-src 'none'; frame-src ${explainerOrigin}`)
        .replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
    });
    res.end(html);
  });
}
