/**
 * The HTTP headers a server hosting the explainer should send (docs/hosting.md), in one
 * place so the browser tests serve exactly what the guide asks for. Not part of the app.
 *
 * The Content Security Policy allows nothing but the explainer's own files: no inline or
 * evaluated script, no inline styles (React and three.js set styles through the CSSOM,
 * which CSP allows), no other site. The one `data:` image is the select box's arrow in the
 * CSS; nothing makes `blob:` addresses. The service worker and manifest come from 'self'.
 */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Files whose names change with their content: cached for a year, never revalidated. */
const IMMUTABLE = /^\/assets\//;

/**
 * The headers for one path of the built explainer. Only embed.html may be framed, and only
 * by the allowed hospital sites; every other page refuses to be framed at all.
 */
export function headersFor(
  path: string,
  allowedOrigins: readonly string[],
): Record<string, string> {
  // The service worker gets a policy of its own from its response, as a page does.
  const page = path.endsWith('/') || path.endsWith('.html') || path.endsWith('/sw.js');
  const embed = path.endsWith('/embed.html');
  return {
    'Cache-Control': IMMUTABLE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(page && {
      'Content-Security-Policy': contentSecurityPolicy(embed ? allowedOrigins : []),
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    }),
  };
}
