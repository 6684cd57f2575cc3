import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { PatientCase } from '../../case/patientCase.ts';
import { isApproved } from '../../content/governance.ts';
import type { Procedure, SafetyMessage } from '../../content/schema.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import type { UiKey } from '../../i18n/types.ts';
import { useText } from '../../i18n/useText.ts';
import type { StageSlot } from '../../timeline/schedule.ts';
import { DraftWords } from '../DraftNotice.tsx';
import { IconArray } from '../risks/IconArray.tsx';
import { useRisks } from '../risks/useRisks.ts';
import { QUESTIONS_TO_ASK, riskSourceLine, riskWords } from '../risks/riskWords.ts';
import { SOURCE_LINKS } from '../sourceLinks.ts';
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

/** The safety messages in groups, most pressing first, each under its own heading. */
const SAFETY_GROUPS = [
  { kind: 'urgent', heading: 'takehome.handout.safety.urgent' },
  { kind: 'important', heading: 'takehome.handout.safety.important' },
  { kind: 'advice', heading: 'takehome.handout.safety.advice' },
] as const satisfies readonly { kind: string; heading: UiKey }[];

/** This case's messages by kind, in SAFETY_GROUPS order; a kind not listed there goes last. */
function safetyGroups(
  messages: readonly SafetyMessage[],
): { kind: string; heading: UiKey; messages: SafetyMessage[] }[] {
  const known: readonly string[] = SAFETY_GROUPS.map((g) => g.kind);
  const groups: { kind: string; heading: UiKey; messages: SafetyMessage[] }[] = SAFETY_GROUPS.map(
    (g) => ({
      ...g,
      messages: messages.filter((m) => m.kind === g.kind),
    }),
  );
  const other = messages.filter((m) => !known.includes(m.kind));
  if (other.length > 0)
    groups.push({ kind: 'other', heading: 'takehome.handout.safety.important', messages: other });
  return groups.filter((g) => g.messages.length > 0);
}

/**
 * The printed handout, laid out for A4 (takehome.css): this patient's case, a picture and the
 * words of every step, the safety messages, room for notes, where to read more and the content
 * version. Hidden on screen; the only thing shown when printing. Rendered into <body> so the
 * print styles can hide the whole app beside it.
 */
export function Handout({ procedure, slots, patientCase, stills, shareUrl }: HandoutProps) {
  const { t, pack } = useText();
  const { meta } = procedure;
  const draft = !isApproved(meta);
  const risks = useRisks(patientCase.variant);
  const risksInWords = useMemo(() => riskWords(risks, t, pack.meta.tag), [risks, t, pack.meta.tag]);
  return createPortal(
    <article
      className={draft ? 'takehome-handout takehome-handout--draft' : 'takehome-handout'}
      data-testid="handout"
      lang={pack.meta.tag}
      dir={pack.meta.dir}
    >
      {/* Fixed in print, so it is on every page: a printed draft must not pass for approved. */}
      {draft && (
        <div className="handout__draft" data-testid="handout-draft">
          <DraftWords />
        </div>
      )}
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
      <section
        className="handout__section handout__risks"
        aria-labelledby="handout-risks-heading"
        data-testid="handout-risks"
      >
        <h2 className="handout__heading" id="handout-risks-heading">
          {t('takehome.handout.risksHeading')}
        </h2>
        {risks.benefits.map((b) => (
          <p key={b.text}>{b.text}</p>
        ))}
        <p>{t('risks.withoutTreatment')}</p>
        {risks.higherThanShown && (
          <p className="handout__risks-emergency">{t('risks.plannedFigures')}</p>
        )}
        <ul className="handout__risk-list">
          {risksInWords.map((w) => (
            <li key={w.id} className="handout__risk" data-handout-risk={w.id}>
              <IconArray
                className="handout__icons"
                total={risks.denominator}
                affected={w.figure.count}
                label={`${w.sentence} ${w.rest}`}
                affectedLegend={w.affectedLegend}
                unaffectedLegend={w.unaffectedLegend}
              />
              <p className="handout__risk-text">
                <strong>{w.summary}.</strong> {w.sentence} {w.rest}
              </p>
            </li>
          ))}
        </ul>
        <p className="handout__risks-source">{riskSourceLine(risks, t)}</p>
        <p className="handout__risks-own">
          <strong>{t('risks.ownRisk')}</strong> {t('risks.askHeading')}:
        </p>
        <ul className="handout__questions">
          {QUESTIONS_TO_ASK.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section className="handout__section handout__safety" data-testid="handout-safety">
        {safetyGroups(procedure.safety).map((group) => (
          <div
            key={group.kind}
            className={`handout__safety-group handout__safety-group--${group.kind}`}
          >
            <h2 className="handout__heading">{t(group.heading)}</h2>
            <div className="handout__cards">
              {group.messages.map((m) => (
                <div key={m.id} className={`handout__card handout__card--${m.kind}`}>
                  <h3 className="handout__card-heading">{m.heading}</h3>
                  <p className="handout__card-text">{m.text}</p>
                </div>
              ))}
            </div>
          </div>
        ))}
      </section>
      {/* Notes beside where to find out more and the version: the lines need no full width. */}
      <div className="handout__end">
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
              {SOURCE_LINKS.map((l) => (
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
          {t('takehome.handout.basedOn', { publisher: meta.source.publisher })}{' '}
          {/* The page's own title, kept as published: it names an English document. */}
          <cite lang="en-GB" dir="ltr">
            “{meta.source.title}”
          </cite>
          . {t('takehome.handout.general')}
        </footer>
      </div>
    </article>,
    document.body,
  );
}
