import type { CallResult } from '../../../../../src/contracts/dispositions.ts';
import { callResults, outcomeHotkey } from './call-results.ts';

export const hotkeyGroups = ['shift', 'call', 'panels', 'results', 'outcomes'] as const;
export type HotkeyGroup = (typeof hotkeyGroups)[number];

export type HotkeyId =
  | 'next'
  | 'campaign'
  | 'help'
  | 'agentReady'
  | 'agentPause'
  | 'agentStop'
  | 'dial'
  | 'timer'
  | 'skip'
  | 'interestCold'
  | 'interestWarm'
  | 'interestHot'
  | 'scriptBranches'
  | 'objectionSearch'
  | 'objectionSearchCtrl'
  | 'submit'
  | 'back'
  | 'panelCard'
  | 'panelScript'
  | 'panelQualification'
  | 'panelObjections'
  | 'panelNotes'
  | 'panelDisposition'
  | `result.${CallResult}`
  | `outcome.${number}`;

/** A translated label, or a text of the client's own (an outcome's name). */
export type HotkeyLabel = { key: string } | { text: string };

export interface HotkeyDefinition {
  id: HotkeyId;
  /** As shown and as matched: 'N', '?', 'Alt+1', 'Ctrl+K', 'Ctrl+Enter', 'Esc'. */
  keys: string;
  group: HotkeyGroup;
  label: HotkeyLabel;
}

const entry = (id: HotkeyId, keys: string, group: HotkeyGroup): HotkeyDefinition => ({
  id,
  keys,
  group,
  label: { key: `call.help.${id}` },
});

/** The keys of the screen around a lead: the queue, the campaign, this list. */
export const screenHotkeys: readonly HotkeyDefinition[] = [
  entry('next', 'N', 'shift'),
  entry('campaign', 'Alt+C', 'shift'),
  entry('help', '?', 'shift'),
  // The agent-state bar (agent-state-bar.tsx): Alt keys, so they work while typing too.
  entry('agentReady', 'Alt+R', 'shift'),
  entry('agentPause', 'Alt+P', 'shift'),
  entry('agentStop', 'Alt+L', 'shift'),
];

/** The keys of a lead on screen. Alt+I stays free: it is the incoming-call action everywhere. */
export const leadHotkeys: readonly HotkeyDefinition[] = [
  entry('dial', 'D', 'call'),
  entry('timer', 'T', 'call'),
  entry('skip', 'S', 'call'),
  entry('interestCold', 'C', 'call'),
  entry('interestWarm', 'W', 'call'),
  entry('interestHot', 'H', 'call'),
  entry('scriptBranches', 'G', 'call'),
  entry('objectionSearch', '/', 'call'),
  entry('objectionSearchCtrl', 'Ctrl+K', 'call'),
  entry('submit', 'Ctrl+Enter', 'call'),
  entry('back', 'Esc', 'call'),
  entry('panelCard', 'Alt+1', 'panels'),
  entry('panelScript', 'Alt+2', 'panels'),
  entry('panelQualification', 'Alt+3', 'panels'),
  entry('panelObjections', 'Alt+4', 'panels'),
  entry('panelNotes', 'Alt+5', 'panels'),
  entry('panelDisposition', 'Alt+6', 'panels'),
];

/** The digits of the first level: one per call result. */
export const resultHotkeys: readonly HotkeyDefinition[] = callResults.map((definition) => ({
  id: `result.${definition.result}`,
  keys: definition.hotkey,
  group: 'results',
  label: { key: `call.result.${definition.result}` },
}));

/** The digits of the second level (after "contact made"): the client's outcomes in order. */
export function outcomeHotkeys(labels: readonly string[]): HotkeyDefinition[] {
  return labels.slice(0, 10).map((text, index) => ({
    id: `outcome.${index}`,
    keys: outcomeHotkey(index),
    group: 'outcomes',
    label: { text },
  }));
}

/** The parts of a key press the table is matched against (a KeyboardEvent has them all). */
export interface KeyInput {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The press written as the table writes keys, or null for one that is never a hotkey. Alt
 * combinations read the physical key (Alt+1 types "¡" on a Mac); ⌘ counts as Ctrl.
 *
 * @example
 * keysOf({ key: 'n', code: 'KeyN', altKey: false, ctrlKey: false, metaKey: false }) // 'N'
 * keysOf({ key: '¡', code: 'Digit1', altKey: true, ctrlKey: false, metaKey: false }) // 'Alt+1'
 */
export function keysOf(event: KeyInput): string | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (event.altKey && !ctrl) {
    const physical = /^(?:Digit|Key)([0-9A-Z])$/.exec(event.code)?.[1];
    return physical ? `Alt+${physical}` : null;
  }
  if (ctrl && !event.altKey) {
    if (event.key === 'Enter') return 'Ctrl+Enter';
    return event.key.length === 1 ? `Ctrl+${event.key.toUpperCase()}` : null;
  }
  if (ctrl || event.altKey) return null;
  if (event.key === 'Escape') return 'Esc';
  return event.key.length === 1 && event.key !== ' ' ? event.key.toUpperCase() : null;
}

/** While the setter types in a field, only Esc and the Alt and Ctrl combinations act. */
export const worksInFields = (keys: string): boolean =>
  keys === 'Esc' || keys.startsWith('Alt+') || keys.startsWith('Ctrl+');

/** The definition a press triggers, if any; the first match wins. */
export function findHotkey(
  definitions: readonly HotkeyDefinition[],
  event: KeyInput,
  inTextField: boolean,
): HotkeyDefinition | undefined {
  const keys = keysOf(event);
  if (keys === null) return undefined;
  return definitions.find(
    (definition) => definition.keys === keys && (!inTextField || worksInFields(definition.keys)),
  );
}
