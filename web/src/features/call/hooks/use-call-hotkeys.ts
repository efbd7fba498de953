import { useEffect, useEffectEvent } from 'react';

/** Key names: a lower-case `event.key` ('n', '1', '?', 'escape') or 'mod+enter' (Ctrl or ⌘ + Enter). */
export type HotkeyMap = Partial<Record<string, () => void>>;

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

function keyName(event: KeyboardEvent): string | null {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'mod+enter';
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return event.key.toLowerCase();
}

/** One keyboard listener for the call screen; Escape and Ctrl+Enter work inside fields too. */
export function useCallHotkeys(hotkeys: HotkeyMap, enabled: boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.defaultPrevented || event.repeat) return;
    // A dialog (the key list, a dropdown) owns the keyboard while it is open.
    if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
    const name = keyName(event);
    if (!name) return;
    if (isTextEntry(event.target) && name !== 'escape' && name !== 'mod+enter') return;
    const handler = hotkeys[name];
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
