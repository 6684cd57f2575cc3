import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';

/**
 * Keeps a native <dialog> shown as a modal while `open` is true. The browser then keeps
 * focus inside it, closes it on Escape, and puts focus back where it was on closing.
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}

/**
 * For a dialog's onKeyDown: keys pressed in the dialog stay there, so the explainer's own
 * shortcuts (Space, arrows, number keys) do not move the picture behind it. Escape still
 * closes the dialog: that is the browser's default action, not a shortcut.
 */
export function keepKeysInDialog(event: KeyboardEvent): void {
  event.stopPropagation();
}
