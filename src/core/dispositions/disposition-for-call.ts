import type { Disposition } from '../leads/lead.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import type { CallResult, OutcomeFlags } from './outcome.ts';

/** The single-level dispositions a logged call may amount to (an appointment is booked, not logged). */
export type CallDisposition = Exclude<Disposition, 'appointment_set'>;

/** What a two-level disposition does to the lead: one of the single-level dispositions, or a refusal. */
export type CallEffect = Result<CallDisposition, 'BOOK_THROUGH_CALENDAR' | 'OUTCOME_REQUIRED'>;

/**
 * The single-level disposition a call result and the client's outcome amount to, so that status
 * changes, retry gaps, callbacks, do-not-call and stats follow one path whichever way a call is
 * logged. When a person was reached the outcome's flags decide, the most binding first:
 * do-not-call, then appointment (booked through the calendar, never logged as a call), callback,
 * not interested, nurture; an outcome with none of these keeps the lead in the queue.
 *
 * @example
 * dispositionForCall('voicemail_left', null) // { ok: true, value: 'voicemail' }
 * dispositionForCall('contact_made', { ...noFlags, callback: true }) // { ok: true, value: 'call_back' }
 */
export function dispositionForCall(callResult: CallResult, flags: OutcomeFlags | null): CallEffect {
  const effect = (disposition: CallDisposition): CallEffect => ok(disposition);
  switch (callResult) {
    case 'no_answer':
      return effect('no_answer');
    case 'busy':
      return effect('busy');
    case 'voicemail_left':
      return effect('voicemail');
    // A number that reaches the wrong person or nobody at all is a bad number either way.
    case 'wrong_number':
    case 'disconnected':
      return effect('wrong_number');
    case 'contact_made':
      return contactEffect(flags);
    default: {
      const unreachable: never = callResult;
      throw new Error(`unknown call result ${String(unreachable)}`);
    }
  }
}

function contactEffect(flags: OutcomeFlags | null): CallEffect {
  if (!flags) return fail('OUTCOME_REQUIRED', 'A call that reached a person needs an outcome');
  if (flags.doNotCall) return ok('do_not_call');
  if (flags.appointment) {
    return fail(
      'BOOK_THROUGH_CALENDAR',
      'Book the appointment with POST /api/appointments: the booking logs the call',
    );
  }
  if (flags.callback) return ok('call_back');
  if (flags.notInterested) return ok('not_interested');
  if (flags.nurture) return ok('not_qualified');
  return ok('contact_made');
}
