import { useEffect, useId, useRef, useState } from 'react';
import type { Question } from '../../content/schema.ts';
import { useText } from '../../i18n/useText.ts';
import { keepKeysInDialog, useModalDialog } from './useModalDialog.ts';

export interface TeachBackProps {
  questions: readonly Question[];
  open: boolean;
  onClose: () => void;
  /** Replays the stage a question comes from (the dialog closes so the patient can watch). */
  onReplay: (stageId: string) => void;
  /** The title of a stage, for the replay button. */
  stageTitle: (stageId: string) => string;
}

/**
 * A few questions about what matters most, after the last step ("teach-back"). A right
 * answer is confirmed kindly; a wrong one is explained, with the step it comes from offered
 * again. The answers live only in this component while the page is open: never stored or sent.
 * The dialog stays mounted while closed, so a patient who goes to watch a step comes back
 * to the same question.
 */
export function TeachBack({ questions, open, onClose, onReplay, stageTitle }: TeachBackProps) {
  const ref = useModalDialog(open);
  const ids = useId();
  const { t } = useText();
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const done = index >= questions.length;
  const question = questions[index];

  // Each new question (and the end) takes focus, so it is read out and keyboard users start there.
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open, index]);

  const next = (): void => {
    setChosen(null);
    setIndex((i) => i + 1);
  };
  const restart = (): void => {
    setChosen(null);
    setIndex(0);
  };
  const answer = chosen === null ? undefined : question?.options[chosen];

  return (
    <dialog
      ref={ref}
      onKeyDown={keepKeysInDialog}
      className="takehome-dialog"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      data-testid="teach-back"
    >
      <div className="takehome-dialog__bar">
        <h2 id={`${ids}-title`} className="takehome-dialog__title">
          {t('takehome.quiz.title')}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('takehome.close')}
        </button>
      </div>
      {done || !question ? (
        <div className="takehome-quiz">
          <h3 ref={headingRef} tabIndex={-1} className="takehome-quiz__question">
            {t('takehome.quiz.doneHeading')}
          </h3>
          <p>{t('takehome.quiz.doneText')}</p>
          <p className="takehome-quiz__private">{t('takehome.quiz.private')}</p>
          <div className="takehome-quiz__actions">
            <button type="button" className="button button--secondary" onClick={restart}>
              {t('takehome.quiz.restart')}
            </button>
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('takehome.close')}
            </button>
          </div>
        </div>
      ) : (
        <div className="takehome-quiz">
          <p className="takehome-quiz__progress">
            {t('takehome.quiz.progress', { n: index + 1, count: questions.length })}
          </p>
          <h3
            ref={headingRef}
            id={`${ids}-q`}
            tabIndex={-1}
            className="takehome-quiz__question"
            key={question.id}
          >
            {question.question}
          </h3>
          <ul className="takehome-quiz__options" aria-labelledby={`${ids}-q`}>
            {question.options.map((option, i) => {
              // Once answered, the right option says so in words and with a tick, not by colour.
              const right = answer !== undefined && option.correct;
              return (
                <li key={option.text}>
                  <button
                    type="button"
                    className={`option-button takehome-option${chosen === i ? ' takehome-option--chosen' : ''}${right ? ' takehome-option--right' : ''}`}
                    aria-pressed={chosen === i}
                    onClick={() => setChosen(i)}
                    data-testid={right ? 'right-answer' : undefined}
                  >
                    {option.text}
                    {right && (
                      <span className="takehome-option__right">
                        <svg
                          width="24"
                          height="24"
                          viewBox="0 0 24 24"
                          aria-hidden="true"
                          focusable="false"
                        >
                          <path
                            d="M4 12.5l5 5L20 6.5"
                            fill="none"
                            stroke="currentColor"
                            strokeWidth="3.2"
                            strokeLinecap="round"
                            strokeLinejoin="round"
                          />
                        </svg>
                        {t('takehome.quiz.rightAnswer')}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
          {/* Read out when an answer is chosen; empty until then. */}
          <div role="status" className="takehome-quiz__status">
            {answer && (
              <div
                className={`takehome-feedback takehome-feedback--${answer.correct ? 'right' : 'wrong'}`}
                data-testid="teach-back-feedback"
              >
                {/* The content's explanation opens with "That's right." or "Not quite." itself. */}
                <p>{answer.explanation}</p>
              </div>
            )}
          </div>
          {answer && (
            <div className="takehome-quiz__actions">
              {!answer.correct && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onReplay(question.stage)}
                  data-show-picture=""
                >
                  {t('takehome.quiz.replay', { title: stageTitle(question.stage) })}
                </button>
              )}
              <button type="button" className="button button--primary" onClick={next}>
                {t(index + 1 < questions.length ? 'takehome.quiz.next' : 'takehome.quiz.finish')}
              </button>
            </div>
          )}
        </div>
      )}
    </dialog>
  );
}
