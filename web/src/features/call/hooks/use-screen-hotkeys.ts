import { leadHotkeys, screenHotkeys } from '../utils/hotkey-table.ts';
import { blurTextEntry, useCallHotkeys } from './use-call-hotkeys.ts';

interface ScreenHandlers {
  next?: () => void;
  campaign?: () => void;
  help: () => void;
}

const escapeKey = leadHotkeys.filter((definition) => definition.id === 'back');

/** The keys around a lead: next, the campaign picker, the key list; Esc leaves a field when no lead is on screen. */
export function useScreenHotkeys(handlers: ScreenHandlers, leadOnScreen: boolean): void {
  useCallHotkeys([...screenHotkeys, ...(leadOnScreen ? [] : escapeKey)], {
    ...(handlers.next ? { next: handlers.next } : {}),
    ...(handlers.campaign ? { campaign: handlers.campaign } : {}),
    help: handlers.help,
    ...(leadOnScreen ? {} : { back: () => void blurTextEntry() }),
  });
}
