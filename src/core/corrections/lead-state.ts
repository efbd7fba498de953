import { Temporal } from 'temporal-polyfill';
import type { AppointmentStatus } from '../appointments/rep.ts';
import type { Disposition, LeadStatus } from '../leads/lead.ts';
import { nextLeadStatus } from '../leads/lead-status.ts';
import { nextRetryAt, type RetryPolicy } from '../leads/retry-policy.ts';

/** One logged call as a correction sees it: what it said, and the callback it promised. */
export interface CallFact {
  id: number;
  startedAt: Temporal.Instant;
  disposition: Disposition;
  /** The callback the call (or its latest correction) created, if any. */
  callbackId: number | null;
  callbackDueAt: Temporal.Instant | null;
  undone: boolean;
}

/** One appointment of the lead: how far it has come, since when, and a no-show's rebook callback. */
export interface AppointmentFact {
  id: number;
  status: AppointmentStatus;
  outcome: 'won' | 'lost' | null;
  /** Its last change: the moment its status stands for. */
  changedAt: Temporal.Instant;
  rebookCallbackId: number | null;
}

export interface LeadHistory {
  calls: readonly CallFact[];
  appointments: readonly AppointmentFact[];
  /** One of the lead's numbers is on a do-not-call list that applies to its client. */
  onDoNotCallList: boolean;
  createdAt: Temporal.Instant;
  timeZone: string | null;
}

/** What a lead's row and its callbacks should say, given the calls that still count. */
export interface LeadState {
  status: LeadStatus;
  attemptCount: number;
  lastAttemptAt: Temporal.Instant | null;
  nextCallAt: Temporal.Instant;
  /** The one callback that should be pending: the latest call's, or a no-show's rebook call. */
  liveCallbackId: number | null;
}

const later = (a: Temporal.Instant, b: Temporal.Instant) => Temporal.Instant.compare(a, b) > 0;

/** The lead's status after an appointment, by how far it has come; null for a moved one. */
function appointmentStatusOf(fact: AppointmentFact): LeadStatus | null {
  switch (fact.status) {
    case 'scheduled':
    case 'confirmed':
      return 'appointment_set';
    case 'held':
      return fact.outcome ?? 'appointment_held';
    case 'no_show':
      return 'callback';
    case 'cancelled':
      return 'attempting';
    case 'rescheduled':
      return null;
    default: {
      const unreachable: never = fact.status;
      throw new Error(`unknown appointment status ${String(unreachable)}`);
    }
  }
}

/** The calls that still count (not undone), in the order they happened. */
export function countingCalls(history: Pick<LeadHistory, 'calls'>): CallFact[] {
  return history.calls
    .filter((call) => !call.undone)
    .toSorted((a, b) => Temporal.Instant.compare(a.startedAt, b.startedAt) || a.id - b.id);
}

/**
 * The lead's state recomputed from what still counts: calls that were not undone, in the order
 * they happened, and its appointments (an appointment's latest change wins over a call at the same
 * moment — the booking call and its appointment are one fact). A do-not-call entry keeps the lead
 * `dnc` whatever the calls now say; a call that asked for it no longer closes the lead once the
 * entry is lifted.
 *
 * @example
 * recomputeLeadState({ calls: [busyAt9], appointments: [], onDoNotCallList: false, … }, policy)
 * // { status: 'attempting', attemptCount: 1, lastAttemptAt: 09:00, nextCallAt: 09:00 + busy gap, liveCallbackId: null }
 */
export function recomputeLeadState(history: LeadHistory, policy: RetryPolicy): LeadState {
  const calls = countingCalls(history);
  const lastCall = calls.at(-1);
  const lastAppointment = history.appointments
    .filter((a) => appointmentStatusOf(a) !== null)
    .toSorted((a, b) => Temporal.Instant.compare(a.changedAt, b.changedAt) || a.id - b.id)
    .at(-1);
  const base = {
    attemptCount: calls.length,
    lastAttemptAt: lastCall?.startedAt ?? null,
  };
  let state: LeadState;
  if (lastAppointment && (!lastCall || !later(lastCall.startedAt, lastAppointment.changedAt))) {
    state = {
      ...base,
      status: appointmentStatusOf(lastAppointment) ?? 'attempting',
      nextCallAt: lastAppointment.changedAt,
      liveCallbackId: lastAppointment.status === 'no_show' ? lastAppointment.rebookCallbackId : null,
    };
  } else if (lastCall) {
    const status = nextLeadStatus('attempting', lastCall.disposition);
    state = {
      ...base,
      status: status === 'dnc' ? 'attempting' : status,
      nextCallAt: nextRetryAt(
        policy,
        lastCall.disposition,
        lastCall.startedAt,
        lastCall.callbackDueAt,
        history.timeZone,
      ),
      liveCallbackId: lastCall.disposition === 'call_back' ? lastCall.callbackId : null,
    };
  } else {
    state = { ...base, status: 'new', nextCallAt: history.createdAt, liveCallbackId: null };
  }
  return history.onDoNotCallList ? { ...state, status: 'dnc', liveCallbackId: null } : state;
}
