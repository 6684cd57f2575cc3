import { describe, expect, it } from 'vitest';
import { parseMode } from '../../src/case/mode.ts';
import { searchWithMode } from '../../src/clinician/useMode.ts';

describe('mode in the address', () => {
  it('adds and removes ?mode=clinician and keeps everything else', () => {
    expect(searchWithMode('?stage=guidewire', 'clinician')).toBe('?stage=guidewire&mode=clinician');
    expect(searchWithMode('?stage=guidewire&mode=clinician', 'patient')).toBe('?stage=guidewire');
    expect(searchWithMode('?mode=clinician', 'patient')).toBe('');
    expect(parseMode(searchWithMode('', 'clinician'))).toBe('clinician');
  });
});
