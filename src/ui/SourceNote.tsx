import { formatDate, isApproved } from '../content/governance.ts';
import { procedure } from '../content/index.ts';

/** Where the words come from, and where to read more. */
export function SourceNote() {
  const { meta } = procedure;
  const { source } = meta;
  const approval = meta.clinicalApproval;
  return (
    <footer className="source-note">
      <h2 className="source-note__heading">About this explainer</h2>
      <p>
        The words are based on the patient information page “{source.title}” from {source.publisher}
        . The pictures are drawn to true scale, except the blood cells, which are shown larger so
        they can be seen.
      </p>
      <p data-testid="content-version">
        Version {meta.version}. Last reviewed {formatDate(meta.lastReviewed)}. Next review{' '}
        {formatDate(meta.nextReview)}.{' '}
        {isApproved(meta)
          ? `Clinically approved by ${approval.name}, ${approval.role}, on ${formatDate(approval.date)}.`
          : 'Not yet clinically approved.'}
      </p>
      <p>
        It is general information. Your own doctor or nurse can tell you what will happen in your
        case.
      </p>
      <h3 className="source-note__heading">Find out more</h3>
      <ul>
        <li>
          <a
            href="https://www.nhs.uk/conditions/coronary-angioplasty/risks/"
            target="_blank"
            rel="noopener noreferrer"
          >
            NHS website: Coronary angioplasty and stent insertion, Risks (opens in a new tab)
          </a>
        </li>
        <li>
          <a
            href="https://www.bhf.org.uk/informationsupport/treatments/coronary-angioplasty-and-stents"
            target="_blank"
            rel="noopener noreferrer"
          >
            British Heart Foundation: Coronary angioplasty and stents (opens in a new tab)
          </a>
        </li>
      </ul>
    </footer>
  );
}
