import { useEffect, useRef } from 'react';
import { formatClock, formatSpoken } from '../app/formatTime.ts';
import { SPEEDS, type Player, type Speed } from '../timeline/player.ts';
import { stageIndexAt } from '../timeline/schedule.ts';
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon, RestartIcon } from './icons.tsx';
import type { PlayerView } from './usePlayerView.ts';

const SPEED_NAMES: Record<Speed, string> = {
  0.5: 'Slower (half)',
  1: 'Normal',
  1.5: 'Faster (1.5×)',
};

export interface PlayerControlsProps {
  player: Player;
  view: PlayerView;
}

/**
 * Play/pause, previous/next, start again, speed and a scrubber with a mark at each step.
 * The scrubber and clock follow the timeline by writing to the DOM directly, so playing
 * never re-renders React.
 */
export function PlayerControls({ player, view }: PlayerControlsProps) {
  const scrubber = useRef<HTMLInputElement>(null);
  const clock = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const update = (): void => {
      const t = player.time();
      const stage = player.slots[stageIndexAt(player.slots, t)]?.stage;
      if (scrubber.current) {
        scrubber.current.value = String(t);
        scrubber.current.setAttribute(
          'aria-valuetext',
          `${formatSpoken(t)} of ${formatSpoken(player.duration)}${stage ? `, ${stage.title}` : ''}`,
        );
        scrubber.current.style.setProperty('--progress', `${(t / player.duration) * 100}%`);
      }
      if (clock.current)
        clock.current.textContent = `${formatClock(t)} / ${formatClock(player.duration)}`;
    };
    update();
    return player.subscribe((e) => {
      if (e === 'time') update();
    });
  }, [player]);

  const playLabel = view.playing ? 'Pause' : view.atEnd ? 'Play again' : 'Play';

  return (
    <div className="controls" role="group" aria-label="Player controls">
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
            aria-label="Position in the explainer"
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
        <button type="button" className="button button--secondary" onClick={player.restart}>
          <RestartIcon />
          <span>Start again</span>
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={player.previous}
          disabled={view.stageIndex === 0 && !view.started}
        >
          <PreviousIcon />
          <span>Back</span>
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
          className="button button--secondary"
          onClick={player.next}
          disabled={view.atEnd}
        >
          <NextIcon />
          <span>Next</span>
        </button>
        <label className="speed">
          <span className="speed__label">Speed</span>
          <select
            className="speed__select"
            value={view.speed}
            onChange={(e) => {
              const speed = SPEEDS.find((s) => String(s) === e.target.value);
              if (speed !== undefined) player.setSpeed(speed);
            }}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {SPEED_NAMES[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
