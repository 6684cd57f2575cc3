import { describe, expect, it } from 'vitest';
import { keyForStep, stepForKey } from '../../src/ui/useKeyboardShortcuts.ts';

describe('number keys for steps', () => {
  it('1 to 9 go to the first nine steps, 0 to the tenth', () => {
    expect(stepForKey('1')).toBe(0);
    expect(stepForKey('9')).toBe(8);
    expect(stepForKey('0')).toBe(9);
    expect(stepForKey('a')).toBeNull();
    expect(stepForKey('10')).toBeNull();
  });

  it('names the same key for each step it reaches, and none past the tenth', () => {
    for (let i = 0; i < 10; i++) expect(stepForKey(keyForStep(i) ?? '')).toBe(i);
    expect(keyForStep(10)).toBeUndefined();
    expect(keyForStep(11)).toBeUndefined();
  });
});
