import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { allCases, parseCase, sameCase } from '../../../src/case/patientCase.ts';
import { qrGrid } from '../../../src/ui/takehome/qr.ts';
import { shareUrl } from '../../../src/ui/takehome/shareLink.ts';

const kase = {
  access: 'femoral',
  artery: 'rca',
  segment: 'distal',
  variant: 'primary',
  balloonPump: true,
  pacemaker: false,
} as const;

describe('the share link', () => {
  it('holds only the case: no mode, time, step or anything a host page added', () => {
    const url = shareUrl(
      'https://trust.nhs.uk/heart/pci/index.html?mode=clinician&t=95&stage=guidewire&autoplay=1&access=radial&nhs=943+476+5919&utm_source=x#top',
      kase,
    );
    expect(url).toBe(
      'https://trust.nhs.uk/heart/pci/index.html?access=femoral&artery=rca&segment=distal&variant=primary&pump=1',
    );
  });

  it('opens exactly the same case, for every case', () => {
    for (const k of allCases()) {
      const url = new URL(shareUrl('http://127.0.0.1:4650/?mode=clinician', k));
      expect(sameCase(parseCase(url.search), k)).toBe(true);
      expect([...url.searchParams.keys()].sort()).toEqual(
        [
          'access',
          'artery',
          'segment',
          'variant',
          ...(k.balloonPump ? ['pump'] : []),
          ...(k.pacemaker ? ['pacing'] : []),
        ].sort(),
      );
    }
  });
});

describe('the QR code', () => {
  it('decodes back to the link', () => {
    const text = shareUrl('https://trust.nhs.uk/heart/pci/', kase);
    const grid = qrGrid(text);
    // Drawn 4 pixels a module with a 4-module quiet zone, as an RGBA image for jsQR.
    const scale = 4;
    const side = (grid.size + 8) * scale;
    const data = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++) {
        const r = Math.floor(y / scale) - 4;
        const c = Math.floor(x / scale) - 4;
        if (r >= 0 && c >= 0 && r < grid.size && c < grid.size && grid.dark(r, c)) {
          const i = (y * side + x) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    expect(jsQR(data, side, side)?.data).toBe(text);
  });
});
