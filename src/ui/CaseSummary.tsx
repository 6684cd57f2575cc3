import { useId } from 'react';
import { describeCase } from '../case/describeCase.ts';
import type { PatientCase } from '../case/patientCase.ts';
import { useText } from '../i18n/useText.ts';

/** Which case the explainer is showing, in one sentence, so a patient can check it is theirs. */
export function CaseSummary({ value }: { value: PatientCase }) {
  const id = useId();
  const { t } = useText();
  return (
    <section className="panel case-summary" aria-labelledby={id} data-testid="case-summary">
      <h2 id={id} className="panel__heading">
        {t('case.summaryHeading')}
      </h2>
      <p>{describeCase(value, t)}</p>
    </section>
  );
}
