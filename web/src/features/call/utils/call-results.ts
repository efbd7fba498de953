import type { CallResult, OutcomeDto } from '../../../../../src/contracts/dispositions.ts';

export interface CallResultDefinition {
  result: CallResult;
  /** The digit that picks it while the call results are on screen. */
  hotkey: string;
  color: string;
}

/** The first level of a disposition: what happened on the line, the same for every client. */
export const callResults: readonly CallResultDefinition[] = [
  { result: 'no_answer', hotkey: '1', color: 'gray' },
  { result: 'busy', hotkey: '2', color: 'gray' },
  { result: 'voicemail_left', hotkey: '3', color: 'gray' },
  { result: 'wrong_number', hotkey: '4', color: 'orange' },
  { result: 'disconnected', hotkey: '5', color: 'gray' },
  { result: 'contact_made', hotkey: '6', color: 'green' },
];

/** What an outcome needs before it can be saved. */
export type OutcomeDetail = 'booking' | 'callback' | 'confirm' | 'reason' | 'none';

/**
 * The details the client's outcome asks for, by its flags: a booking is made in the booking
 * panel, a callback needs a time, do-not-call a deliberate second press, and an outcome that
 * requires a reason one from the client's list. The strongest flag decides.
 *
 * @example
 * outcomeDetail({ flags: { ...noFlags, callback: true }, requiresReason: false }) // 'callback'
 */
export function outcomeDetail(outcome: Pick<OutcomeDto, 'flags' | 'requiresReason'>): OutcomeDetail {
  if (outcome.flags.appointment) return 'booking';
  if (outcome.flags.doNotCall) return 'confirm';
  if (outcome.flags.callback) return 'callback';
  if (outcome.requiresReason) return 'reason';
  return 'none';
}

/** The client's active outcomes in their order; the n-th is picked with the digit n (the 10th with 0). */
export function pickableOutcomes(outcomes: readonly OutcomeDto[]): OutcomeDto[] {
  return outcomes
    .filter((outcome) => outcome.active)
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .slice(0, 10);
}

export const outcomeHotkey = (index: number): string => (index === 9 ? '0' : String(index + 1));
