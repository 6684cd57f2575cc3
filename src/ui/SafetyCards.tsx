import type { SafetyMessage } from '../content/schema.ts';
import { useText } from '../i18n/useText.ts';

/**
 * Messages a patient must not miss (never stop the anti-clot medicines; call 999 for chest
 * pain or bleeding), as NHS care cards that stay on screen, not passing captions.
 */
export function SafetyCards({ messages }: { messages: readonly SafetyMessage[] }) {
  const { t } = useText();
  if (messages.length === 0) return null;
  return (
    <div className="safety-cards" data-testid="safety-cards">
      {messages.map((m) => (
        <section
          key={m.id}
          className={`care-card care-card--${m.kind}`}
          aria-labelledby={`care-card-${m.id}`}
        >
          <h2 id={`care-card-${m.id}`} className="care-card__heading">
            {m.kind === 'urgent' && <span className="visually-hidden">{t('safety.urgent')} </span>}
            {m.heading}
          </h2>
          <p className="care-card__text">{m.text}</p>
        </section>
      ))}
    </div>
  );
}
