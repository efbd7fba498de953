import type { DispositionName } from '../../../../../src/contracts/leads.ts';

/** What an outcome needs before it can be saved. */
export type OutcomeDetail = 'none' | 'callback' | 'reason' | 'booking' | 'confirm';

export interface OutcomeDefinition {
  disposition: DispositionName;
  /** The key that picks it, lower-case as in KeyboardEvent.key. */
  hotkey: string;
  detail: OutcomeDetail;
  color: string;
}

/** The outcome buttons in the order of their keys: the no-contact ones first, booking last. */
export const outcomes: readonly OutcomeDefinition[] = [
  { disposition: 'no_answer', hotkey: '1', detail: 'none', color: 'gray' },
  { disposition: 'voicemail', hotkey: '2', detail: 'none', color: 'gray' },
  { disposition: 'busy', hotkey: '3', detail: 'none', color: 'gray' },
  { disposition: 'call_back', hotkey: '4', detail: 'callback', color: 'blue' },
  { disposition: 'not_interested', hotkey: '5', detail: 'reason', color: 'orange' },
  { disposition: 'not_qualified', hotkey: '6', detail: 'reason', color: 'orange' },
  { disposition: 'appointment_set', hotkey: '7', detail: 'booking', color: 'green' },
  { disposition: 'wrong_number', hotkey: '8', detail: 'none', color: 'gray' },
  { disposition: 'do_not_call', hotkey: 'd', detail: 'confirm', color: 'red' },
];

export const findOutcome = (disposition: DispositionName): OutcomeDefinition | undefined =>
  outcomes.find((outcome) => outcome.disposition === disposition);
