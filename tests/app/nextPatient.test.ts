import { describe, expect, it } from 'vitest';
import { cleanAddress, clearStorage, idleResetSeconds } from '../../src/app/nextPatient.ts';

/** A Storage with just what the tests need, in memory. */
function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe('cleanAddress', () => {
  it('drops the case, mode, step, time and language', () => {
    expect(
      cleanAddress(
        '/angioplasty/',
        '?access=femoral&artery=lcx&segment=distal&variant=primary&pump=1&mode=clinician&stage=guidewire&t=40&lang=en-GB&autoplay=1',
      ),
    ).toBe('/angioplasty/');
  });

  it("keeps only the hospital's own settings", () => {
    expect(cleanAddress('/embed.html', '?captions=off&access=femoral&idle-reset=300')).toBe(
      '/embed.html?idle-reset=300&captions=off',
    );
  });
});

describe('clearStorage', () => {
  it("removes every key of the explainer's, and only those", () => {
    const storage = memoryStorage({
      'pci-explainer.text-size': 'largest',
      'pci-explainer.language': 'cy',
      'hospital.other': 'kept',
    });
    clearStorage(storage);
    expect(storage.length).toBe(1);
    expect(storage.getItem('hospital.other')).toBe('kept');
  });
});

describe('idleResetSeconds', () => {
  it('is off unless set', () => {
    expect(idleResetSeconds('', undefined, undefined)).toBeNull();
    expect(idleResetSeconds('?idle-reset=', '', '')).toBeNull();
  });

  it('takes the address first, then the page, then the build', () => {
    expect(idleResetSeconds('?idle-reset=300', '120', '600')).toBe(300);
    expect(idleResetSeconds('', '120', '600')).toBe(120);
    expect(idleResetSeconds('', undefined, '600')).toBe(600);
  });

  it('ignores anything that is not a whole number of at least 30 seconds', () => {
    expect(idleResetSeconds('?idle-reset=10', undefined, undefined)).toBeNull();
    expect(idleResetSeconds('?idle-reset=abc', undefined, undefined)).toBeNull();
    expect(idleResetSeconds('?idle-reset=45.5', '90', undefined)).toBe(90);
  });
});
