import { createPortal } from 'react-dom';
import type { PatientCase } from '../../case/patientCase.ts';
import type { Procedure } from '../../content/schema.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import type { UiKey } from '../../i18n/types.ts';
import { useText } from '../../i18n/useText.ts';
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

/** The further-information links of the source page (the same words as the explainer's footer). */
const LINKS = [
  {
    name: 'source.link.nhs',
    url: 'https://www.nhs.uk/conditions/coronary-angioplasty/risks/',
  },
  {
    name: 'source.link.bhf',
    url: 'https://www.bhf.org.uk/informationsupport/treatments/coronary-angioplasty-and-stents',
  },
] as const satisfies readonly { name: UiKey; url: string }[];

/**
 * The printed handout, laid out for A4 (takehome.css): this patient's case, a picture and the
 * words of every step, the safety messages, room for notes, where to read more and the content
 * version. Hidden on screen; the only thing shown when printing. Rendered into <body> so the
 * print styles can hide the whole app beside it.
 */
export function Handout({ procedure, slots, patientCase, stills, shareUrl }: HandoutProps) {
  const { t, pack } = useText();
  const { meta } = procedure;
  // The source page's own title stays as published (an English document), marked as English.
  const [beforeTitle = '', afterTitle = ''] = t('takehome.handout.basedOn', {
    publisher: meta.source.publisher,
  }).split('{title}');
  return createPortal(
    <article
      className="takehome-handout"
      data-testid="handout"
      lang={pack.meta.tag}
      dir={pack.meta.dir}
    >
      <header className="handout__header">
        <h1 className="handout__title">{meta.title}</h1>
        <p className="handout__subtitle">{t('takehome.handout.subtitle')}</p>
      </header>
      <section
        className="handout__section handout__case"
        aria-label={t('takehome.handout.caseHeading')}
      >
        <h2 className="handout__heading">{t('takehome.handout.caseHeading')}</h2>
        <dl className="handout__case-list">
          {caseSummary(patientCase, t).map((line) => (
            <div key={line.label} className="handout__case-line">
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="handout__section">
        <h2 className="handout__heading">{t('takehome.handout.stepsHeading')}</h2>
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
                {t('takehome.handout.stepTitle', { n: slot.index + 1, title: slot.stage.title })}
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
        <h2 className="handout__heading">{t('takehome.handout.notesHeading')}</h2>
        {Array.from({ length: NOTE_LINES }, (_, i) => (
          <div key={i} className="handout__line" />
        ))}
      </section>
      <section className="handout__section handout__more">
        <div className="handout__more-text">
          <h2 className="handout__heading">{t('takehome.handout.moreHeading')}</h2>
          <ul className="handout__links">
            {LINKS.map((l) => (
              <li key={l.url}>
                {t(l.name)}
                <br />
                <span className="handout__url" dir="ltr" translate="no">
                  {l.url}
                </span>
              </li>
            ))}
          </ul>
          <p>{t('takehome.handout.scan')}</p>
        </div>
        <QrCode
          text={shareUrl}
          size={110}
          label={t('takehome.handout.qrLabel')}
          testId="handout-qr"
        />
      </section>
      <footer className="handout__footer">
        {t('takehome.handout.version', {
          version: meta.version,
          reviewed: formatDate(meta.lastReviewed, t),
          next: formatDate(meta.nextReview, t),
        })}{' '}
        {beforeTitle}
        <cite lang="en-GB" dir="ltr">
          {meta.source.title}
        </cite>
        {afterTitle} {t('takehome.handout.general')}
      </footer>
    </article>,
    document.body,
  );
}
