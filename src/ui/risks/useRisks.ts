import { useMemo } from 'react';
import type { Variant } from '../../case/patientCase.ts';
import { riskFigures, risksFor, type RisksForCase } from '../../content/riskFigures.ts';
import { localiseRisks } from '../../content/riskKeys.ts';
import { useText } from '../../i18n/useText.ts';

/** The risk figures this patient is told, in the words of the current language pack. */
export function useRisks(variant: Variant): RisksForCase {
  const { pack } = useText();
  return useMemo(
    () => risksFor(variant, localiseRisks(riskFigures, pack.content)),
    [variant, pack.content],
  );
}
