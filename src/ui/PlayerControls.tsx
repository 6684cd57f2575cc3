import { useEffect, useId, useRef, type ReactNode } from 'react';
import { formatClock, formatSpoken } from '../i18n/formatTime.ts';
import { SPEEDS, type Player, type Speed } from '../timeline/player.ts';
import { stageIndexAt } from '../timeline/schedule.ts';
import { useText } from '../i18n/useText.ts';
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon, RestartIcon } from './icons.tsx';
import type { PlayerView } from './usePlayerView.ts';
import type { UiKey } from '../i18n/types.ts';

const SPEED_NAMES = {
  0.5: 'player.speed.slower',
  1: 'player.speed.normal',
  1.5: 'player.speed.faster',
} as const satisfies Record<Speed, UiKey>;

export interface PlayerControlsProps {
  player: Player;
  view: PlayerView;
  /** The speed drop-down in the row (false on a small screen: it is in the settings there). */
  speed?: boolean;
  /** More buttons at the end of the row (full screen, the panels on a small screen). */
  children?: ReactNode;
}

/** The speed drop-down: in the controls, and in the settings where the controls have no room. */
export function SpeedSelect({
  player,
  speed,
  className = 'speed',
}: {
  player: Player;
  speed: Speed;
  className?: string;
}) {
  const { t: text } = useText();
  const id = useId();
  return (
    <span className={className}>
      <label className="speed__label" htmlFor={id}>
        {text('player.speed')}
      </label>
      <select
        id={id}
        className="speed__select"
        value={speed}
        onChange={(e) => {
          const next = SPEEDS.find((s) => String(s) === e.target.value);
          if (next !== undefined) player.setSpeed(next);
        }}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {text(SPEED_NAMES[s])}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * Play/pause, previous/next, start again, speed and a scrubber with a mark at each step.
 * One row of buttons under the scrubber, like a media player's control bar.
 * The scrubber and clock follow the timeline by writing to the DOM directly, so playing
 * never re-renders React.
 */
export function PlayerControls({ player, view, speed = true, children }: PlayerControlsProps) {
  const { t: text } = useText();
  const scrubber = useRef<HTMLInputElement>(null);
  const clock = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    // The words (spoken position, clock) change once a second: written only then, not on
    // every frame of play.
    let wordsSecond = -1;
    let wordsStage = -1;
    const update = (): void => {
      const t = player.time();
      const stageIndex = stageIndexAt(player.slots, t);
      const second = Math.floor(t);
      const newWords = second !== wordsSecond || stageIndex !== wordsStage;
      wordsSecond = second;
      wordsStage = stageIndex;
      if (scrubber.current) {
        scrubber.current.value = String(t);
        scrubber.current.style.setProperty('--progress', `${(t / player.duration) * 100}%`);
        if (newWords) {
          const stage = player.slots[stageIndex]?.stage;
          scrubber.current.setAttribute(
            'aria-valuetext',
            text(stage ? 'player.position.stage' : 'player.position', {
              time: formatSpoken(t, text),
              total: formatSpoken(player.duration, text),
              title: stage?.title ?? '',
            }),
          );
        }
      }
      if (clock.current && newWords)
        clock.current.textContent = `${formatClock(t)} / ${formatClock(player.duration)}`;
    };
    update();
    return player.subscribe((e) => {
      if (e === 'time') update();
    });
  }, [player, text]);

  const playLabel = text(
    view.playing ? 'player.pause' : view.atEnd ? 'player.playAgain' : 'player.play',
  );

  return (
    <div className="controls" role="group" aria-label={text('player.group')}>
      <div className="controls__timeline">
        <div className="scrubber">
          <input
            ref={scrubber}
            className="scrubber__input"
            type="range"
            min={0}
            max={player.duration}
            step={0.1}
            defaultValue={0}
            aria-label={text('player.scrubber')}
            onInput={(e) => player.seek(Number((e.target as HTMLInputElement).value))}
          />
          <div className="scrubber__marks" aria-hidden="true">
            {player.slots.slice(1).map((slot) => (
              <span
                key={slot.stage.id}
                className="scrubber__mark"
                style={{ left: `${(slot.start / player.duration) * 100}%` }}
              />
            ))}
          </div>
        </div>
        <span ref={clock} className="controls__clock" aria-hidden="true" />
      </div>
      <div className="controls__buttons">
        <button
          type="button"
          className="button button--secondary controls__restart"
          onClick={player.restart}
        >
          <RestartIcon />
          <span>{text('player.restart')}</span>
        </button>
        <button
          type="button"
          className="button button--secondary controls__back"
          onClick={player.previous}
          disabled={view.stageIndex === 0 && !view.started}
        >
          <PreviousIcon />
          <span>{text('player.back')}</span>
        </button>
        <button
          type="button"
          className="button button--primary button--play"
          onClick={player.toggle}
          data-testid="play"
        >
          {view.playing ? <PauseIcon /> : <PlayIcon />}
          <span>{playLabel}</span>
        </button>
        <button
          type="button"
          className="button button--secondary controls__next"
          onClick={player.next}
          disabled={view.atEnd}
        >
          <NextIcon />
          <span>{text('player.next')}</span>
        </button>
        {speed && <SpeedSelect player={player} speed={view.speed} />}
        {children}
      </div>
    </div>
  );
}
