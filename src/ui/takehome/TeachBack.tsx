import { useEffect, useId, useRef, useState } from 'react';
import type { Question } from '../../content/schema.ts';
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
          Check what you have understood
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {done || !question ? (
        <div className="takehome-quiz">
          <h3 ref={headingRef} tabIndex={-1} className="takehome-quiz__question">
            You have been through all the questions. Thank you.
          </h3>
          <p>
            If anything is still not clear, ask your doctor or nurse. They are happy to explain
            again.
          </p>
          <p className="takehome-quiz__private">Your answers are not saved or sent anywhere.</p>
          <div className="takehome-quiz__actions">
            <button type="button" className="button button--secondary" onClick={restart}>
              Start the questions again
            </button>
            <button type="button" className="button button--primary" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      ) : (
        <div className="takehome-quiz">
          <p className="takehome-quiz__progress">
            Question {index + 1} of {questions.length}
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
            {question.options.map((option, i) => (
              <li key={option.text}>
                <button
                  type="button"
                  className={`takehome-option${chosen === i ? ' takehome-option--chosen' : ''}`}
                  aria-pressed={chosen === i}
                  onClick={() => setChosen(i)}
                >
                  {option.text}
                </button>
              </li>
            ))}
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
                >
                  Watch “{stageTitle(question.stage)}” again
                </button>
              )}
              <button type="button" className="button button--primary" onClick={next}>
                {index + 1 < questions.length ? 'Next question' : 'Finish'}
              </button>
            </div>
          )}
        </div>
      )}
    </dialog>
  );
}
