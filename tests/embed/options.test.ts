import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { fullExplainerHref, parseEmbedOptions } from '../../src/embed/options.ts';

describe('parseEmbedOptions', () => {
  it('shows captions by default', () => {
    expect(parseEmbedOptions('')).toEqual({ captions: true });
  });

  it('hides captions only when asked plainly', () => {
    for (const off of ['off', '0', 'false'])
      expect(parseEmbedOptions(`?captions=${off}`).captions).toBe(false);
    for (const on of ['on', '1', '<b>x</b>', 'OFF', 'x'.repeat(100)])
      expect(parseEmbedOptions(`?captions=${encodeURIComponent(on)}`).captions).toBe(true);
  });
});

describe('fullExplainerHref', () => {
  it('opens index.html with the same case and stage', () => {
    expect(fullExplainerHref({ ...DEFAULT_CASE, artery: 'rca' }, 'balloon-inflation')).toBe(
      './index.html?access=radial&artery=rca&segment=mid&variant=planned&stage=balloon-inflation',
    );
    expect(fullExplainerHref(DEFAULT_CASE, undefined)).toBe(
      './index.html?access=radial&artery=lad&segment=mid&variant=planned',
    );
  });

  it('keeps a language other than the source one', () => {
    expect(fullExplainerHref(DEFAULT_CASE, undefined, 'en-GB')).not.toMatch(/lang=/);
    expect(fullExplainerHref(DEFAULT_CASE, 'result', 'cy-GB')).toBe(
      './index.html?access=radial&artery=lad&segment=mid&variant=planned&stage=result&lang=cy-GB',
    );
  });
});
