/**
 * Which hospital sites may put the explainer in a frame and talk to it. The list is set
 * when the explainer is built (`VITE_EMBED_ALLOWED_ORIGINS`, separated by commas or spaces)
 * and/or where it is deployed (`embed-config.json` beside embed.html: `{"allowedOrigins":
 * [...]}`), and the two are joined. Empty by default: the embed then answers no one.
 */

const MAX_ORIGINS = 50;
const MAX_ORIGIN_LENGTH = 200;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An origin exactly as a browser writes it (`https://www.example.nhs.uk`, no path, no
 * trailing slash), or null. HTTPS only, but for this machine (for testing). Never `*`.
 */
export function parseOrigin(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ORIGIN_LENGTH)
    return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.origin !== value) return null;
  // A real host name: URL parsing lets through wildcards such as `https://*.nhs.uk`.
  if (!/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return null;
  if (url.protocol === 'https:') return value;
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname) ? value : null;
}

/** The valid origins in a list, dropping the rest. */
export function parseOrigins(values: readonly unknown[]): string[] {
  const origins = values.slice(0, MAX_ORIGINS).map(parseOrigin);
  return [...new Set(origins.filter((o): o is string => o !== null))];
}

/** The build-time list: `VITE_EMBED_ALLOWED_ORIGINS="https://a.nhs.uk https://b.nhs.uk"`. */
export function originsFromText(text: unknown): string[] {
  return typeof text === 'string' ? parseOrigins(text.split(/[\s,]+/)) : [];
}

/** The deploy-time list, from the parsed JSON of embed-config.json. */
export function originsFromConfig(json: unknown): string[] {
  if (typeof json !== 'object' || json === null || !Object.hasOwn(json, 'allowedOrigins'))
    return [];
  const list = (json as { allowedOrigins: unknown }).allowedOrigins;
  return Array.isArray(list) ? parseOrigins(list) : [];
}

/**
 * The parent page's origin as the browser reports it before any message: the frame's
 * ancestor origins (Chromium, Safari), else the referrer's origin (which the host may
 * withhold). A hint only: it is used only if it is on the list.
 */
export function parentOriginHint(
  ancestorOrigins: ArrayLike<string> | undefined,
  referrer: string,
): string | null {
  const ancestor = ancestorOrigins?.[0];
  if (ancestor !== undefined) return ancestor;
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}
