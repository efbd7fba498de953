import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import type { AttemptDetails } from '../leads/call-details.ts';
import type { Lead, LeadStatus } from '../leads/lead.ts';
import type { LeadWriter, ScoredQualification } from '../leads/lead-writer.ts';
import type { AttemptObjection } from '../objections/objection.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { BookAppointmentInput } from './book-appointment.ts';
import { requireBookable } from './booking-checks.ts';

export interface NewAppointment {
  clientId: number;
  leadId: number;
  repId: number;
  meetingTypeId: number;
  setterId: number;
  attemptId: number;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  blockedFrom: Temporal.Instant;
  blockedUntil: Temporal.Instant;
  leadTimeZone: string | null;
  locationKind: string;
  location: string | null;
  questionsAsked: string | null;
  notes: string | null;
  idempotencyKey: string | null;
  now: Temporal.Instant;
}

export interface BookingWriter extends LeadWriter {
  /** The lead's status now, its row locked until the transaction ends (serializes bookings of one lead). */
  lockLeadStatus(leadId: number): Promise<LeadStatus | undefined>;
  hasLiveAppointment(leadId: number): Promise<boolean>;
  /** Serializes bookings of one rep (a row lock on PostgreSQL; SQLite's write lock does it there). */
  lockRep(repId: number): Promise<void>;
  /**
   * Whether a live appointment's stored blocked range overlaps this one: the rule the slot finder
   * applies to the blocked ranges it is given, so a slot offered is a slot bookable.
   */
  hasOverlap(repId: number, blockedFrom: Temporal.Instant, blockedUntil: Temporal.Instant): Promise<boolean>;
  /** Inserts; returns undefined when the database refuses it as a duplicate (the race lost). */
  insertAppointment(appointment: NewAppointment): Promise<number | undefined>;
}

const slotTaken = () =>
  new AppError('SLOT_TAKEN', { message: 'This slot was just taken: pick another one', field: 'startsAt' });

/** Thrown inside a booking transaction to roll it back whole when another booking won the race. */
class BookingRaceLost extends Error {}

/** The transaction's result, or undefined when it was rolled back because the race was lost. */
async function unlessRaceLost<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BookingRaceLost) return undefined;
    throw error;
  }
}

/**
 * Books with the first of the reps (in booking order) whose calendar is still free under its
 * lock; SLOT_TAKEN when every one lost its race.
 */
export async function bookFirstFreeRep(
  port: { transaction<T>(work: (writer: BookingWriter) => Promise<T>): Promise<T> },
  repIds: readonly number[],
  draft: BookingDraft,
): Promise<number> {
  for (const repId of repIds) {
    const id = await unlessRaceLost(() => port.transaction((writer) => writeBooking(writer, repId, draft)));
    if (id !== undefined) return id;
  }
  throw slotTaken();
}

export interface BookingDraft {
  lead: Lead;
  onDncList: boolean;
  input: BookAppointmentInput;
  actor: Actor;
  qualification: ScoredQualification | null;
  now: Temporal.Instant;
  meetingTypeId: number;
  endsAt: Temporal.Instant;
  blockedFrom: Temporal.Instant;
  blockedUntil: Temporal.Instant;
  /** The call's result, the client's appointment outcome and the script read. */
  details: AttemptDetails;
  objections: readonly AttemptObjection[];
  /** The marketing source the inbound caller named, checked. */
  marketingSourceId: number | null;
}

/** The booking's writes under the lead's and the rep's locks; throws BookingRaceLost to roll back a lost race. */
async function writeBooking(writer: BookingWriter, repId: number, draft: BookingDraft): Promise<number> {
  const { lead, input, actor, now } = draft;
  // The lead may have been closed or booked since it was read: decide on its state now.
  const status = await writer.lockLeadStatus(lead.id);
  if (status === undefined) throw notFound('Lead');
  requireBookable({
    status,
    onDncList: draft.onDncList,
    hasLiveAppointment: await writer.hasLiveAppointment(lead.id),
  });
  await writer.lockRep(repId);
  if (await writer.hasOverlap(repId, draft.blockedFrom, draft.blockedUntil)) throw new BookingRaceLost();
  const attemptId = await writer.insertAttempt({
    clientId: lead.clientId,
    leadId: lead.id,
    campaignId: input.campaignId,
    setterId: actor.userId,
    phone: lead.phone,
    startedAt: now.subtract({ seconds: input.durationSeconds }),
    durationSeconds: input.durationSeconds,
    disposition: 'appointment_set',
    reason: null,
    notes: input.notes,
    contact: true,
    direction: input.direction ?? 'outbound',
    marketingSourceId: draft.marketingSourceId,
    details: draft.details,
    now,
  });
  if (draft.objections.length > 0) {
    await writer.insertAttemptObjections({
      clientId: lead.clientId,
      leadId: lead.id,
      attemptId,
      objections: draft.objections,
      now,
    });
  }
  const id = await writer.insertAppointment({
    clientId: lead.clientId,
    leadId: lead.id,
    repId,
    meetingTypeId: draft.meetingTypeId,
    setterId: actor.userId,
    attemptId,
    startsAt: input.startsAt,
    endsAt: draft.endsAt,
    blockedFrom: draft.blockedFrom,
    blockedUntil: draft.blockedUntil,
    leadTimeZone: lead.timeZone,
    locationKind: input.locationKind,
    location: input.location,
    questionsAsked: input.questionsAsked?.trim() || null,
    notes: input.notes,
    idempotencyKey: input.idempotencyKey,
    now,
  });
  // Refused as a duplicate: roll back the attempt written above too.
  if (id === undefined) throw new BookingRaceLost();
  await writer.closePendingCallbacks(lead.id, now);
  if (draft.qualification)
    await writer.insertQualification({ ...draft.qualification, setterId: actor.userId, attemptId, now });
  await writer.updateLeadAfterAttempt(lead.id, {
    status: 'appointment_set',
    nextCallAt: now,
    lastAttemptAt: now,
    actorUserId: actor.userId,
    now,
  });
  await writer.insertEvent({
    clientId: lead.clientId,
    leadId: lead.id,
    actorUserId: actor.userId,
    type: 'appointment_set',
    fromStatus: status,
    toStatus: 'appointment_set',
    reason: null,
    data: { appointmentId: id, repId, startsAt: input.startsAt.toString() },
    now,
  });
  return id;
}
