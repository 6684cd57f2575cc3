import { createPortal } from 'react-dom';
import type { PatientCase } from '../../case/patientCase.ts';
import { formatDate } from '../../content/governance.ts';
import type { Procedure } from '../../content/schema.ts';
import type { StageSlot } from '../../timeline/schedule.ts';
import { caseSummary } from './caseSummary.ts';
import { QrCode } from './QrCode.tsx';

export interface HandoutProps {
  procedure: Procedure;
  slots: readonly StageSlot[];
  patientCase: PatientCase;
  /** A picture of each stage (a data URL from the live scene, or a pre-rendered still's address). */
  stills: Readonly<Record<string, string>>;
  shareUrl: string;
}

/** Lines for the consultant to write on. */
const NOTE_LINES = 10;

/** The further-information links of the source page (as in the explainer's footer). */
const LINKS = [
  {
    name: 'NHS website: Coronary angioplasty and stent insertion, Risks',
    url: 'https://www.nhs.uk/conditions/coronary-angioplasty/risks/',
  },
  {
    name: 'British Heart Foundation: Coronary angioplasty and stents',
    url: 'https://www.bhf.org.uk/informationsupport/treatments/coronary-angioplasty-and-stents',
  },
];

/**
 * The printed handout, laid out for A4 (takehome.css): this patient's case, a picture and the
 * words of every step, the safety messages, room for notes, where to read more and the content
 * version. Hidden on screen; the only thing shown when printing. Rendered into <body> so the
 * print styles can hide the whole app beside it.
 */
export function Handout({ procedure, slots, patientCase, stills, shareUrl }: HandoutProps) {
  const { meta } = procedure;
  return createPortal(
    <article className="takehome-handout" data-testid="handout" lang={meta.language}>
      <header className="handout__header">
        <h1 className="handout__title">{meta.title}</h1>
        <p className="handout__subtitle">
          Coronary angioplasty and stents (PCI), step by step: your copy to take home
        </p>
      </header>
      <section className="handout__section handout__case" aria-label="Your procedure">
        <h2 className="handout__heading">Your procedure</h2>
        <dl className="handout__case-list">
          {caseSummary(patientCase).map((line) => (
            <div key={line.label} className="handout__case-line">
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="handout__section">
        <h2 className="handout__heading">What happens, step by step</h2>
        <ol className="handout__steps">
          {slots.map((slot) => (
            <li key={slot.stage.id} className="handout__step" data-handout-stage={slot.stage.id}>
              {/* Only once printing is asked for, so no picture loads for a page never printed. */}
              {stills[slot.stage.id] && (
                <img
                  className="handout__picture"
                  src={stills[slot.stage.id]}
                  alt={slot.stage.description}
                  onError={(event) => {
                    event.currentTarget.hidden = true;
                  }}
                />
              )}
              <h3 className="handout__step-title">
                {slot.index + 1}. {slot.stage.title}
              </h3>
              <p className="handout__step-text">
                {slot.stage.captions.map((c) => c.text).join(' ')}
              </p>
            </li>
          ))}
        </ol>
      </section>
      <section className="handout__section handout__safety">
        {procedure.safety.map((m) => (
          <div key={m.id} className={`handout__card handout__card--${m.kind}`}>
            <h2 className="handout__card-heading">{m.heading}</h2>
            <p className="handout__card-text">{m.text}</p>
          </div>
        ))}
      </section>
      <section className="handout__section handout__notes">
        <h2 className="handout__heading">Notes from your heart team</h2>
        {Array.from({ length: NOTE_LINES }, (_, i) => (
          <div key={i} className="handout__line" />
        ))}
      </section>
      <section className="handout__section handout__more">
        <div className="handout__more-text">
          <h2 className="handout__heading">Find out more</h2>
          <ul className="handout__links">
            {LINKS.map((l) => (
              <li key={l.url}>
                {l.name}
                <br />
                <span className="handout__url">{l.url}</span>
              </li>
            ))}
          </ul>
          <p>To watch this explainer again on a phone, scan the code.</p>
        </div>
        <QrCode
          text={shareUrl}
          size={110}
          label="QR code to watch this explainer again"
          testId="handout-qr"
        />
      </section>
      <footer className="handout__footer">
        Content version {meta.version}. Last reviewed {formatDate(meta.lastReviewed)}. Next review{' '}
        {formatDate(meta.nextReview)}. Based on “{meta.source.title}”, {meta.source.publisher}. This
        is general information: your own doctor or nurse can tell you about your care.
      </footer>
    </article>,
    document.body,
  );
}
