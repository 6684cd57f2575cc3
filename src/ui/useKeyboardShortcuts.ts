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
 * Keyboard control, as in common video players: Space or K plays and pauses, the left and
 * right arrows step back and forward, Home and End go to the start and end, and the number
 * keys jump to a step.
 */
export function useKeyboardShortcuts(player: Player, enabled = true): void {
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
          default: {
            const n = /^[1-9]$/.test(e.key) ? Number(e.key) : 0;
            if (n >= 1 && n <= player.slots.length) {
              player.goToStage(n - 1);
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
  }, [player, enabled]);
}
