import { useEffect, useEffectEvent } from 'react';
import { findHotkey, type HotkeyDefinition, type HotkeyId } from '../utils/hotkey-table.ts';

export type HotkeyHandlers = Partial<Record<HotkeyId, () => void>>;

const nonTextInputTypes = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color']);

/** Typing in a field must never trigger an action; choosing a radio answer must not block one. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    return true;
  }
  return target instanceof HTMLInputElement && !nonTextInputTypes.has(target.type);
}

/**
 * One keyboard listener for a set of the table's keys: only definitions with a handler act, so
 * what the help lists and what the keys do come from the same rows.
 */
export function useCallHotkeys(
  definitions: readonly HotkeyDefinition[],
  handlers: HotkeyHandlers,
  enabled = true,
): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.defaultPrevented || event.repeat || event.isComposing) return;
    // A dialog (the key list, a dropdown) owns the keyboard while it is open.
    if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="listbox"]')) return;
    const active = definitions.filter((definition) => handlers[definition.id] !== undefined);
    const hit = findHotkey(active, event, isTextEntry(event.target));
    const handler = hit ? handlers[hit.id] : undefined;
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

/** Moves the keyboard into a panel: its first field or button, else the panel itself. */
export function focusPanel(id: string): void {
  const panel = document.getElementById(id);
  const first = panel?.querySelector<HTMLElement>(
    '[data-autofocus], input:not([type=hidden]):not([disabled]), textarea, button:not([disabled]), a[href]',
  );
  (first ?? panel)?.focus();
}

/** Esc in a field gives the keyboard back to the screen's keys. */
export function blurTextEntry(): boolean {
  const active = document.activeElement;
  if (isTextEntry(active) && active instanceof HTMLElement) {
    active.blur();
    return true;
  }
  return false;
}
