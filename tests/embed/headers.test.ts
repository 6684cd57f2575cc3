import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFor } from '../../src/embed/headers.ts';

describe('the hosting headers', () => {
  it('allow no inline or evaluated script, no inline style, no other site', () => {
    const csp = contentSecurityPolicy([]);
    expect(csp).not.toMatch(/unsafe-|\*|https?:/);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('let only embed.html be framed, and only by the allowed sites', () => {
    const sites = ['https://a.nhs.uk', 'https://b.nhs.uk'];
    expect(headersFor('/pci/embed.html', sites)['Content-Security-Policy']).toContain(
      'frame-ancestors https://a.nhs.uk https://b.nhs.uk',
    );
    for (const page of ['/pci/', '/pci/index.html', '/pci/accessibility.html'])
      expect(headersFor(page, sites)['Content-Security-Policy']).toContain(
        "frame-ancestors 'none'",
      );
  });

  it('cache hashed assets for good and revalidate everything else', () => {
    expect(headersFor('/assets/index-abc.js', [])['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of [
      '/index.html',
      '/embed.html',
      '/sw.js',
      '/embed-client.js',
      '/embed-config.json',
    ])
      expect(headersFor(path, [])['Cache-Control']).toBe('no-cache');
  });
});
