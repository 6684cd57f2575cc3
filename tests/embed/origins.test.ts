import { describe, expect, it } from 'vitest';
import {
  originsFromConfig,
  originsFromText,
  parentOriginHint,
  parseOrigin,
  parseOrigins,
} from '../../src/embed/origins.ts';

describe('parseOrigin', () => {
  it('takes HTTPS origins exactly as a browser writes them', () => {
    expect(parseOrigin('https://www.example.nhs.uk')).toBe('https://www.example.nhs.uk');
    expect(parseOrigin('https://example.nhs.uk:8443')).toBe('https://example.nhs.uk:8443');
  });

  it('takes plain HTTP only for this machine', () => {
    expect(parseOrigin('http://127.0.0.1:4641')).toBe('http://127.0.0.1:4641');
    expect(parseOrigin('http://localhost:3000')).toBe('http://localhost:3000');
    expect(parseOrigin('http://www.example.nhs.uk')).toBeNull();
  });

  it('refuses wildcards, paths, other schemes and junk', () => {
    for (const bad of [
      '*',
      'null',
      '',
      'https://www.example.nhs.uk/',
      'https://www.example.nhs.uk/page',
      'HTTPS://WWW.EXAMPLE.NHS.UK',
      'https://*.nhs.uk',
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      `https://${'a'.repeat(300)}.uk`,
      42,
      null,
    ])
      expect(parseOrigin(bad), String(bad)).toBeNull();
  });
});

describe('the allowlist', () => {
  it('reads the build-time list, separated by commas or spaces, dropping bad entries', () => {
    expect(originsFromText('https://a.nhs.uk, https://b.nhs.uk  *  http://evil.example')).toEqual([
      'https://a.nhs.uk',
      'https://b.nhs.uk',
    ]);
    expect(originsFromText(undefined)).toEqual([]);
    expect(originsFromText('')).toEqual([]);
  });

  it('reads embed-config.json, ignoring anything else in it', () => {
    expect(originsFromConfig({ allowedOrigins: ['https://a.nhs.uk', 'https://a.nhs.uk'] })).toEqual(
      ['https://a.nhs.uk'],
    );
    for (const bad of [null, [], 'x', { allowedOrigins: 'https://a.nhs.uk' }, {}])
      expect(originsFromConfig(bad)).toEqual([]);
    expect(
      originsFromConfig(JSON.parse('{"__proto__":{"allowedOrigins":["https://x.uk"]}}')),
    ).toEqual([]);
  });

  it('keeps at most 50 origins', () => {
    const many = Array.from({ length: 80 }, (_, i) => `https://h${i}.nhs.uk`);
    expect(parseOrigins(many)).toHaveLength(50);
  });
});

describe('parentOriginHint', () => {
  it('prefers the ancestor origins, then the referrer, else nothing', () => {
    expect(parentOriginHint(['https://a.nhs.uk'], 'https://b.nhs.uk/page')).toBe(
      'https://a.nhs.uk',
    );
    expect(parentOriginHint(undefined, 'https://b.nhs.uk/page?x=1')).toBe('https://b.nhs.uk');
    expect(parentOriginHint([], '')).toBeNull();
    expect(parentOriginHint(undefined, 'not a url')).toBeNull();
  });
});
