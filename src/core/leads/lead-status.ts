import type { Temporal } from 'temporal-polyfill';
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

/** Minimum gap before the queue serves a lead again after each disposition, in minutes. */
export const defaultRetryGapMinutes: Partial<Record<Disposition, number>> = {
  no_answer: 120,
  busy: 15,
  voicemail: 24 * 60,
};

/**
 * The earliest instant the queue may serve the lead again after an attempt. A callback comes back
 * at its own time; closed outcomes never come back, which `nextLeadStatus` already says.
 *
 * @example
 * retryAt('busy', Temporal.Instant.from('2026-06-01T15:00:00Z'), null) // 2026-06-01T15:15:00Z
 */
export function retryAt(
  disposition: Disposition,
  now: Temporal.Instant,
  callbackAt: Temporal.Instant | null,
  gaps: Partial<Record<Disposition, number>> = defaultRetryGapMinutes,
): Temporal.Instant {
  if (disposition === 'call_back' && callbackAt) return callbackAt;
  return now.add({ minutes: gaps[disposition] ?? 0 });
}
