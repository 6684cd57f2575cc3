import type { UiKey } from '../i18n/types.ts';

/**
 * Where to read more: the further-information links of the source page, in one place for
 * the explainer's footer (SourceNote) and the printed handout.
 */
export const SOURCE_LINKS = [
  {
    name: 'source.link.nhs',
    url: 'https://www.nhs.uk/conditions/coronary-angioplasty/risks/',
  },
  {
    name: 'source.link.bhf',
    url: 'https://www.bhf.org.uk/informationsupport/treatments/coronary-angioplasty-and-stents',
  },
] as const satisfies readonly { name: UiKey; url: string }[];
