import { AppError } from '../shared/app-error.ts';
import { type Disposition, dispositionsRequiringReason, type LeadStatus } from './lead.ts';

/**
 * The lead's status after an attempt with this disposition.
 *
 * @example
 * nextLeadStatus('new', 'no_answer') // 'attempting'
 * nextLeadStatus('attempting', 'appointment_set') // 'appointment_set'
 */
export function nextLeadStatus(_current: LeadStatus, disposition: Disposition): LeadStatus {
  switch (disposition) {
    // Also from a callback: its promise was kept (the call was made) and its callback is closed,
    // so the lead returns to the queue after the retry gap instead of waiting on nothing.
    case 'no_answer':
    case 'voicemail':
    case 'busy':
    case 'contact_made':
      return 'attempting';
    case 'wrong_number':
      return 'bad_number';
    case 'call_back':
      return 'callback';
    case 'not_interested':
      return 'not_interested';
    case 'not_qualified':
      return 'nurture';
    case 'appointment_set':
      return 'appointment_set';
    case 'do_not_call':
      return 'dnc';
    default: {
      const unreachable: never = disposition;
      throw new Error(`unknown disposition ${String(unreachable)}`);
    }
  }
}

/** Throws VALIDATION when a disposition that needs a reason comes without one. */
export function requireDispositionReason(disposition: Disposition, reason: string | null | undefined): void {
  if (dispositionsRequiringReason.includes(disposition) && !reason?.trim()) {
    throw new AppError('VALIDATION', {
      message: `A reason is required for the disposition "${disposition}"`,
      field: 'reason',
    });
  }
}
