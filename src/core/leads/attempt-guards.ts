import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import { AppError } from '../shared/app-error.ts';
import { closedLeadStatuses, type Disposition, type Lead } from './lead.ts';

/**
 * Closed and do-not-call leads take no new calls, except from the setter who holds the lead (the
 * call was served before it closed) and except a do-not-call request, which is always honoured.
 */
export function requireOpenOrHeld(lead: Lead, actor: Actor, disposition: Disposition): void {
  if (disposition === 'do_not_call' || lead.leaseUserId === actor.userId) return;
  if (lead.status === 'dnc' || closedLeadStatuses.includes(lead.status)) {
    throw new AppError('NOT_CALLABLE', {
      message: `This lead is closed (${lead.status}): it takes no new calls`,
      field: 'disposition',
    });
  }
}

/** A call is logged when it ends: it started within the last day, not in the future. */
export function requireRecentStart(
  startedAt: Temporal.Instant | null,
  now: Temporal.Instant,
): Temporal.Instant {
  if (!startedAt) return now;
  const tooOld = Temporal.Instant.compare(startedAt, now.subtract({ hours: 24 })) < 0;
  const inFuture = Temporal.Instant.compare(startedAt, now.add({ minutes: 1 })) > 0;
  if (tooOld || inFuture) {
    throw new AppError('VALIDATION', {
      message: 'startedAt must lie within the last 24 hours',
      field: 'startedAt',
    });
  }
  return startedAt;
}

export function requireFutureCallback(
  callbackAt: Temporal.Instant | null,
  now: Temporal.Instant,
): Temporal.Instant {
  if (!callbackAt) {
    throw new AppError('VALIDATION', { message: 'Choose when to call back', field: 'callbackAt' });
  }
  if (Temporal.Instant.compare(callbackAt, now) <= 0) {
    throw new AppError('VALIDATION', {
      message: 'The callback time is in the past: choose a later time',
      field: 'callbackAt',
    });
  }
  return callbackAt;
}
