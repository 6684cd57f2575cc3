import { useText } from '../i18n/useText.ts';
import type { Player } from '../timeline/player.ts';
import { keyForStep } from './useKeyboardShortcuts.ts';

export interface ChapterListProps {
  player: Player;
  currentIndex: number;
}

/** Every stage by title; choosing one jumps there. The current one is marked for screen readers too. */
export function ChapterList({ player, currentIndex }: ChapterListProps) {
  const { t } = useText();
  return (
    <nav className="chapters" aria-labelledby="chapters-heading">
      <h2 id="chapters-heading" className="chapters__heading">
        {t('chapters.heading')}
      </h2>
      <ol className="chapters__list">
        {player.slots.map((slot) => {
          const current = slot.index === currentIndex;
          return (
            <li key={slot.stage.id}>
              <button
                type="button"
                className={current ? 'chapter chapter--current' : 'chapter'}
                aria-current={current ? 'step' : undefined}
                aria-keyshortcuts={keyForStep(slot.index)}
                data-stage={slot.stage.id}
                onClick={() => player.goToStage(slot.index)}
              >
                <span className="chapter__number" aria-hidden="true">
                  {slot.index + 1}
                </span>
                <span className="chapter__title">{slot.stage.title}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
