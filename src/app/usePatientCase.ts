import { useCallback, useState } from 'react';
import { type PatientCase, parseCase, sameCase, writeCase } from '../case/patientCase.ts';

/**
 * The patient's case, read once from the page address and written back to it (without a
 * reload or a new history entry) whenever it changes, so the link always reopens this case.
 */
export function usePatientCase(): [PatientCase, (next: PatientCase) => void] {
  const [kase, setKase] = useState(() => parseCase(window.location.search));
  const update = useCallback((next: PatientCase) => {
    setKase((prev) => (sameCase(prev, next) ? prev : next));
    const url = new URL(window.location.href);
    writeCase(next, url.searchParams);
    // A time or stage in the address belonged to the old case's timeline.
    url.searchParams.delete('t');
    url.searchParams.delete('stage');
    window.history.replaceState(window.history.state, '', url);
  }, []);
  return [kase, update];
}
