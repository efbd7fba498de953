import type { OutcomeFlags } from '../../contracts/dispositions.ts';
import { noFlags } from './outcome.ts';

export interface OutcomeDefinition {
  key: string;
  label: string;
  flags: OutcomeFlags;
  requiresReason: boolean;
}

const outcome = (
  key: string,
  label: string,
  flags: Partial<OutcomeFlags>,
  requiresReason = false,
): OutcomeDefinition => ({ key, label, flags: { ...noFlags, contact: true, ...flags }, requiresReason });

/**
 * The outcomes every client starts with, in order (its managers may rename, add and retire them);
 * the same list migration 0007 gave the clients that existed then.
 */
export const defaultOutcomes: readonly OutcomeDefinition[] = [
  outcome('interested_callback', 'Interested — call back', { callback: true }),
  outcome('appointment', 'Appointment booked', { qualified: true, appointment: true }),
  outcome('not_interested', 'Not interested', { notInterested: true }, true),
  outcome('not_qualified', 'Not qualified', { nurture: true }, true),
  outcome('nurture', 'Not now — nurture', { nurture: true }),
  outcome('do_not_call', 'Do not call', { doNotCall: true }),
];

/** The reasons of the default outcomes that need one, by outcome key, in order. */
export const defaultReasons: Readonly<Record<string, readonly string[]>> = {
  not_interested: ['No budget', 'Already has a provider', 'Bad timing', 'Not the decision maker', 'Other'],
  not_qualified: ['Too small', 'Outside the service area', 'No need', 'Other'],
};
