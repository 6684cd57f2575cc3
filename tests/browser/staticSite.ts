// A little web server on 127.0.0.1 for browser tests that need a site of their own: the
// embed's tests (embedServers.ts) and the update test (a copy of the app it can republish).
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Type a file is sent with, by its extension. */
export const contentType = (file: string): string =>
  TYPES[extname(file)] ?? 'application/octet-stream';

export interface Site {
  /** `http://127.0.0.1:<port>`, without a slash at the end. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Listens on `port` (0: any free port), handing each request's decoded path and address to
 * `handle`; a path that cannot be decoded gets 400.
 */
export function listen(
  port: number,
  handle: (path: string, url: URL, res: ServerResponse) => void,
): Promise<Site> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    handle(path, url, res);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      done({
        origin: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

/** Sends `path` from the folder `root` with its content type and `headers`: 403 outside it, 404 if missing. */
export function sendFile(
  res: ServerResponse,
  root: string,
  path: string,
  headers: Record<string, string> = {},
): void {
  const base = resolve(root) + sep;
  const file = resolve(join(base, path));
  if (!file.startsWith(base)) return void res.writeHead(403).end();
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    return void res.writeHead(404).end();
  }
  res.writeHead(200, { 'Content-Type': contentType(file), ...headers });
  res.end(body);
}
