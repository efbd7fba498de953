import type { Actor } from '../access/actor.ts';
import { closedToCalls } from '../lead-queue/permit-to-dial.ts';
import type { LeadStatus } from '../leads/lead.ts';
import { AppError } from '../shared/app-error.ts';

/** What a booking must know of the lead besides the slot; read before and again inside its transaction. */
export interface LeadStanding {
  status: LeadStatus;
  onDncList: boolean;
  /** The lead already has a scheduled or confirmed appointment. */
  hasLiveAppointment: boolean;
}

/**
 * A lead is booked only when it may be called at all — not do-not-call, not closed (a no-show
 * handed back as a 'callback' is open) — and has no live appointment: moving that one is a
 * reschedule, not a second booking.
 *
 * @example
 * requireBookable({ status: 'callback', onDncList: false, hasLiveAppointment: false }) // passes
 * requireBookable({ status: 'new', onDncList: true, hasLiveAppointment: false }) // throws NOT_CALLABLE
 */
export function requireBookable(standing: LeadStanding): void {
  if (standing.hasLiveAppointment) {
    throw new AppError('CONFLICT', {
      message: 'This lead already has an appointment: reschedule that one instead',
    });
  }
  const closed = closedToCalls(standing.status, standing.onDncList);
  if (closed === 'DO_NOT_CALL') {
    throw new AppError('NOT_CALLABLE', {
      message: 'This lead is on a do-not-call list: it cannot be booked',
    });
  }
  if (closed === 'CLOSED_STATUS') {
    throw new AppError('NOT_CALLABLE', {
      message: `This lead is closed (${standing.status}): it cannot be booked`,
    });
  }
}

export interface IdempotencyPort {
  /** The appointment a setter booked (or a chain of theirs was moved to) under this key. */
  findAppointmentByIdempotencyKey(
    key: string,
    setterId: number,
  ): Promise<{ id: number; leadId: number } | undefined>;
}

/**
 * The appointment an earlier request of this setter booked with the same key, for a retry (a
 * double click, a lost answer). Keys belong to the setter who sent them, so another setter's key
 * never collides; the same key for another lead is a client mistake, refused as such.
 */
export async function earlierBooking(
  port: IdempotencyPort,
  actor: Actor,
  input: { leadId: number; idempotencyKey: string | null },
): Promise<number | undefined> {
  if (!input.idempotencyKey) return undefined;
  const existing = await port.findAppointmentByIdempotencyKey(input.idempotencyKey, actor.userId);
  if (!existing) return undefined;
  if (existing.leadId === input.leadId) return existing.id;
  throw new AppError('VALIDATION', {
    message: 'This idempotency key was already used for another lead’s booking: send a new one',
    field: 'idempotencyKey',
  });
}
