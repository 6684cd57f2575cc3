import { useId } from 'react';
import { describeCase } from '../case/describeCase.ts';
import type { PatientCase } from '../case/patientCase.ts';

/** Which case the explainer is showing, in one sentence, so a patient can check it is theirs. */
export function CaseSummary({ value }: { value: PatientCase }) {
  const id = useId();
  return (
    <section className="panel case-summary" aria-labelledby={id} data-testid="case-summary">
      <h2 id={id} className="panel__heading">
        Your procedure
      </h2>
      <p>{describeCase(value)}</p>
    </section>
  );
}
