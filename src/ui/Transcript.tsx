import { useMemo, useState } from 'react';
import type { Variant } from '../case/patientCase.ts';
import { clinicalFacts, type ClinicalFact } from '../content/index.ts';
import type { Citation, SafetyMessage } from '../content/schema.ts';
import { useText } from '../i18n/useText.ts';
import type { Player } from '../timeline/player.ts';
import { riskSourceLine, riskWords } from './risks/riskWords.ts';
import { RISKS_STAGE_ID } from './risks/stage.ts';
import { useRisks } from './risks/useRisks.ts';
import './transcript.css';

export interface TranscriptProps {
  player: Player;
  /** Messages that must not be missed, repeated at the end. */
  safety: readonly SafetyMessage[];
  /** Planned or emergency: which risk figures the risks step tells. */
  variant: Variant;
}

const factsById: ReadonlyMap<string, ClinicalFact> = new Map(clinicalFacts.map((f) => [f.id, f]));

/**
 * Where one sentence comes from: the hospital page's passage it renders, or the checked
 * clinical fact it rests on. Both are English originals, marked so (a translation shows them
 * as they were checked).
 */
function Sources({ sources }: { sources: readonly Citation[] }) {
  const { t } = useText();
  return (
    <ul className="transcript__sources" data-testid="transcript-sources">
      {sources.map((c) => {
        if (c.from === 'source-text')
          return (
            <li key={`q:${c.quote}`} data-from="source-text">
              {t('transcript.fromSource')}{' '}
              <q lang="en-GB" dir="ltr">
                {c.quote}
              </q>
            </li>
          );
        const fact = factsById.get(c.fact);
        return (
          <li key={`f:${c.fact}`} data-from="clinical-fact" data-fact={c.fact}>
            {t(fact?.origin === 'project' ? 'transcript.fromFactAwaiting' : 'transcript.fromFact')}{' '}
            <span lang="en-GB" dir="ltr">
              {fact?.statement ?? c.fact}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The risks step's figures in words, as its panel tells them (and, for an emergency patient,
 * that their risk is higher): the panel shows one at a time over the picture; here they
 * are all, to read at one's own pace.
 */
function RiskSentences({ variant }: { variant: Variant }) {
  const { t, pack } = useText();
  const risks = useRisks(variant);
  const words = useMemo(() => riskWords(risks, t, pack.meta.tag), [risks, t, pack.meta.tag]);
  return (
    <div className="transcript__sentence" data-testid="transcript-risks">
      {risks.higherThanShown && <p>{t('risks.plannedFigures')}</p>}
      <ul className="transcript__risks">
        {words.map((w) => (
          <li key={w.id}>
            <strong>{w.summary}.</strong> {w.sentence} {w.rest}
          </li>
        ))}
      </ul>
      <p>{riskSourceLine(risks, t)}</p>
    </div>
  );
}

/**
 * Every step's title and words as plain text, in order. Each title is a link to that step,
 * so it also works as an address to share, and a button-free way to jump there. A switch
 * shows, under each sentence, where it comes from (for patients, and for clinicians checking).
 */
export function Transcript({ player, safety, variant }: TranscriptProps) {
  const { t } = useText();
  const [showSources, setShowSources] = useState(false);
  return (
    <details className="panel transcript">
      <summary className="transcript__summary">{t('transcript.summary')}</summary>
      <label className="checkbox transcript__option">
        <input
          type="checkbox"
          checked={showSources}
          onChange={(e) => setShowSources(e.currentTarget.checked)}
        />
        <span>{t('transcript.showSources')}</span>
      </label>
      <ol className="transcript__list">
        {player.slots.map((slot) => (
          <li key={slot.stage.id} className="transcript__stage">
            <h3 className="transcript__title">
              <a
                href={`?stage=${slot.stage.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  player.goToStage(slot.index);
                }}
              >
                {t('transcript.step', { n: slot.index + 1, title: slot.stage.title })}
              </a>
            </h3>
            {slot.stage.captions.map((c) => (
              <div key={c.at} className="transcript__sentence">
                <p>{c.text}</p>
                {showSources && <Sources sources={c.sources} />}
              </div>
            ))}
            {slot.stage.id === RISKS_STAGE_ID && <RiskSentences variant={variant} />}
          </li>
        ))}
      </ol>
      <h3 className="transcript__title">{t('transcript.important')}</h3>
      {safety.map((m) => (
        <div key={m.id} className="transcript__sentence">
          <p>
            <strong>{m.heading}</strong> {m.text}
          </p>
          {showSources && <Sources sources={m.sources} />}
        </div>
      ))}
    </details>
  );
}
