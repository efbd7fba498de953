import { useEffect, useEffectEvent } from 'react';

/**
 * Alt + a letter key, anywhere on the page and inside fields too (it types nothing there). Read by
 * the physical key (`code`, e.g. 'KeyI'), so it works on every keyboard layout (Cyrillic, and
 * macOS where Option+letter is a dead key).
 */
export function useAltKey(code: string, onPress: () => void, enabled: boolean): void {
  const press = useEffectEvent(onPress);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.code !== code) return;
      event.preventDefault();
      press();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [code, enabled]);
}
