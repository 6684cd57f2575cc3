import { useEffect } from 'react';
import type { Player } from '../timeline/player.ts';

/** Seconds that the arrow keys move by. */
export const ARROW_STEP = 5;

/** True when the key belongs to the focused control (typing, a slider, a button's own Space). */
function ownedByControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    // A slider and radio buttons use the arrow keys, Home and End themselves.
    if (type === 'range' || type === 'radio') return key !== ' ' && key !== 'k';
    return true;
  }
  if ((tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') && (key === ' ' || key === 'Enter'))
    return true;
  return false;
}

/**
 * The step a number key goes to (0-based): 1 to 9 the first nine steps, 0 the tenth, as on
 * a phone's keypad. Later steps are reached with Next or the list of steps.
 */
export function stepForKey(key: string): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  const n = Number(key);
  return n === 0 ? 9 : n - 1;
}

/** The key that jumps to a step (0-based), if there is one: "1" to "9", "0" for the tenth. */
export function keyForStep(index: number): string | undefined {
  if (index >= 0 && index < 9) return String(index + 1);
  return index === 9 ? '0' : undefined;
}

export interface ShortcutOptions {
  /** F: full screen on and off. */
  onFullscreen?: () => void;
}

/**
 * Keyboard control, as in common video players: Space or K plays and pauses, the left and
 * right arrows step back and forward, Home and End go to the start and end, F toggles full
 * screen, and the number keys jump to a step (1 to 9, and 0 for the tenth).
 */
export function useKeyboardShortcuts(
  player: Player,
  enabled = true,
  { onFullscreen }: ShortcutOptions = {},
): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (ownedByControl(e.target, e.key)) return;
      const handled = ((): boolean => {
        switch (e.key) {
          case ' ':
          case 'k':
          case 'K':
            player.toggle();
            return true;
          case 'ArrowLeft':
            player.seek(player.time() - ARROW_STEP);
            return true;
          case 'ArrowRight':
            player.seek(player.time() + ARROW_STEP);
            return true;
          case 'Home':
            player.seek(0);
            return true;
          case 'End':
            player.seek(player.duration);
            return true;
          case 'f':
          case 'F':
            if (!onFullscreen) return false;
            onFullscreen();
            return true;
          default: {
            const step = stepForKey(e.key);
            if (step !== null && step < player.slots.length) {
              player.goToStage(step);
              return true;
            }
            return false;
          }
        }
      })();
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [player, enabled, onFullscreen]);
}
