import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireRole } from '../access/actor.ts';
import type { StoredQualificationForm } from '../campaigns/catalog.ts';
import type { Lead } from '../leads/lead.ts';
import type { LeadWriter, QualificationInput } from '../leads/lead-writer.ts';
import { requireNotHeldByOther } from '../leads/log-attempt.ts';
import { scoreAnswers } from '../leads/score-answers.ts';
import { AppError } from '../shared/app-error.ts';
import { loadSlotContext, type SlotsPort } from './find-slots-for-lead.ts';
import { bookingOrder, freeRepsAt, type RecentLoadPort, requireRepWhenChosen } from './slot-free-reps.ts';

export interface BookAppointmentInput {
  leadId: number;
  campaignId: number | null;
  meetingTypeId: number;
  startsAt: Temporal.Instant;
  repId: number | null;
  locationKind: 'phone' | 'video' | 'in_person';
  location: string | null;
  questionsAsked: string | null;
  notes: string | null;
  durationSeconds: number;
  qualification: QualificationInput | null;
  idempotencyKey: string | null;
}

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
  /** Serializes bookings of one rep (a row lock on PostgreSQL; SQLite's write lock does it there). */
  lockRep(repId: number): Promise<void>;
  hasOverlap(repId: number, blockedFrom: Temporal.Instant, blockedUntil: Temporal.Instant): Promise<boolean>;
  /** Inserts; returns undefined when the database refuses it as a duplicate (the race lost). */
  insertAppointment(appointment: NewAppointment): Promise<number | undefined>;
}

export interface BookingPort extends SlotsPort, RecentLoadPort {
  findForm(id: number): Promise<StoredQualificationForm | undefined>;
  findAppointmentByIdempotencyKey(key: string): Promise<{ id: number; leadId: number } | undefined>;
  /** Ends the user's holds for the lead: the booking they were keeping the slot for is made. */
  releaseHolds(userId: number, leadId: number): Promise<void>;
  transaction<T>(work: (writer: BookingWriter) => Promise<T>): Promise<T>;
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
 * Books a lead onto a rep's calendar and records the "appointment set" disposition with it, in
 * one transaction. The rep is the chosen one (required by a 'chosen' meeting type), else the
 * lead's owner rep when free, else the fairest free rep by recent load. The slot is re-checked
 * inside the transaction under the rep's lock, and a unique index backs it, so two setters racing
 * for one rep and time cannot both win; a slot another setter holds is taken for everyone else.
 * Retrying with the same idempotency key returns the first booking.
 */
export async function bookAppointment(
  port: BookingPort,
  actor: Actor,
  input: BookAppointmentInput,
  now: Temporal.Instant,
): Promise<{ appointmentId: number; created: boolean }> {
  requireRole(actor, ['setter', 'manager', 'admin']);
  if (input.idempotencyKey) {
    const existing = await port.findAppointmentByIdempotencyKey(input.idempotencyKey);
    if (existing && existing.leadId === input.leadId) return { appointmentId: existing.id, created: false };
  }
  const context = await loadSlotContext(port, actor, input.leadId, input.meetingTypeId, input);
  const { lead, meetingType } = context;
  requireNotHeldByOther(lead, actor, now);
  requireRepWhenChosen(context, input.repId);
  const qualification = input.qualification
    ? scoreAnswers(
        lead,
        await port.findForm(input.qualification.formId),
        input.qualification,
        input.questionsAsked,
      )
    : null;
  const candidates = await freeRepsAt(port, context, input.startsAt, now, actor.userId);
  // A concurrent retry of this very booking (same idempotency key) may be what took the slot.
  const raceLost = async () => {
    const first = input.idempotencyKey
      ? await port.findAppointmentByIdempotencyKey(input.idempotencyKey)
      : undefined;
    if (first && first.leadId === input.leadId) return { appointmentId: first.id, created: false };
    throw slotTaken();
  };
  const ordered = await bookingOrder(port, context, candidates, input.repId, now);
  const endsAt = input.startsAt.add({ minutes: meetingType.durationMinutes });
  const booking = {
    lead,
    input,
    actor,
    qualification,
    now,
    meetingTypeId: meetingType.id,
    endsAt,
    blockedFrom: input.startsAt.subtract({ minutes: meetingType.bufferBeforeMinutes }),
    blockedUntil: endsAt.add({ minutes: meetingType.bufferAfterMinutes }),
  };
  for (const repId of ordered) {
    const appointmentId = await unlessRaceLost(() =>
      port.transaction((writer) => writeBooking(writer, repId, booking)),
    );
    if (appointmentId !== undefined) {
      await port.releaseHolds(actor.userId, lead.id);
      return { appointmentId, created: true };
    }
  }
  return raceLost();
}

interface BookingDraft {
  lead: Lead;
  input: BookAppointmentInput;
  actor: Actor;
  qualification: ReturnType<typeof scoreAnswers> | null;
  now: Temporal.Instant;
  meetingTypeId: number;
  endsAt: Temporal.Instant;
  blockedFrom: Temporal.Instant;
  blockedUntil: Temporal.Instant;
}

/** The booking's writes under the rep's lock; throws BookingRaceLost to roll back a lost race. */
async function writeBooking(writer: BookingWriter, repId: number, draft: BookingDraft): Promise<number> {
  const { lead, input, actor, now } = draft;
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
    now,
  });
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
    fromStatus: lead.status,
    toStatus: 'appointment_set',
    reason: null,
    data: { appointmentId: id, repId, startsAt: input.startsAt.toString() },
    now,
  });
  return id;
}
