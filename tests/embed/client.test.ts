import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROTOCOL, PROTOCOL_VERSION } from '../../src/embed/protocol.ts';

describe('the client', () => {
  it('speaks the same protocol and version as the explainer', () => {
    const client = readFileSync(new URL('../../src/embed/client.ts', import.meta.url), 'utf8');
    expect(client).toContain(`const PROTOCOL = '${PROTOCOL}';`);
    expect(client).toContain(`const PROTOCOL_VERSION = ${PROTOCOL_VERSION};`);
    // Standalone: type imports only.
    expect(client.match(/^import (?!type ).*$/m)).toBeNull();
  });
});
