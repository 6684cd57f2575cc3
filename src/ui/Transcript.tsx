import type { SafetyMessage } from '../content/schema.ts';
import { useText } from '../i18n/useText.ts';
import type { Player } from '../timeline/player.ts';

export interface TranscriptProps {
  player: Player;
  /** Messages that must not be missed, repeated at the end. */
  safety: readonly SafetyMessage[];
}

/**
 * Every step's title and words as plain text, in order. Each title is a link to that step,
 * so it also works as an address to share, and a button-free way to jump there.
 */
export function Transcript({ player, safety }: TranscriptProps) {
  const { t } = useText();
  return (
    <details className="panel transcript">
      <summary className="transcript__summary">{t('transcript.summary')}</summary>
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
              <p key={c.at}>{c.text}</p>
            ))}
          </li>
        ))}
      </ol>
      <h3 className="transcript__title">{t('transcript.important')}</h3>
      {safety.map((m) => (
        <p key={m.id}>
          <strong>{m.heading}</strong> {m.text}
        </p>
      ))}
    </details>
  );
}
