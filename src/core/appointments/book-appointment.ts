import { Temporal } from 'temporal-polyfill';
import { type Actor, requireRole } from '../access/actor.ts';
import type { StoredQualificationForm } from '../campaigns/catalog.ts';
import type { LeadWriter, QualificationInput } from '../leads/lead-writer.ts';
import { requireNotHeldByOther } from '../leads/log-attempt.ts';
import { scoreAnswers } from '../leads/score-answers.ts';
import type { RepLoad } from '../scheduling/choose-rep.ts';
import { chooseRep } from '../scheduling/choose-rep.ts';
import { findOpenSlots } from '../scheduling/find-open-slots.ts';
import { AppError } from '../shared/app-error.ts';
import { loadSlotContext, meetingRules, type SlotsPort } from './find-slots-for-lead.ts';

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

export interface BookingPort extends SlotsPort {
  findForm(id: number): Promise<StoredQualificationForm | undefined>;
  findAppointmentByIdempotencyKey(key: string): Promise<{ id: number; leadId: number } | undefined>;
  recentLoads(repIds: number[], since: Temporal.Instant): Promise<Map<number, RepLoad>>;
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
 * one transaction. The slot is re-checked inside the transaction under the rep's lock, and a
 * unique index backs it, so two setters racing for one rep and time cannot both win. Retrying
 * with the same idempotency key returns the first booking.
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
  const { lead, meetingType, reps } = await loadSlotContext(port, actor, input.leadId, input.meetingTypeId);
  requireNotHeldByOther(lead, actor, now);
  if (!meetingType.locationKinds.includes(input.locationKind)) {
    throw new AppError('VALIDATION', {
      message: `This meeting type does not allow ${input.locationKind}`,
      field: 'locationKind',
    });
  }
  const qualification = input.qualification
    ? scoreAnswers(
        lead,
        await port.findForm(input.qualification.formId),
        input.qualification,
        input.questionsAsked,
      )
    : null;
  const candidates = await freeRepsAt(port, reps, meetingType, input.startsAt, now);
  // A concurrent retry of this very booking (same idempotency key) may be what took the slot.
  const raceLost = async () => {
    const first = input.idempotencyKey
      ? await port.findAppointmentByIdempotencyKey(input.idempotencyKey)
      : undefined;
    if (first && first.leadId === input.leadId) return { appointmentId: first.id, created: false };
    throw slotTaken();
  };
  if (input.repId !== null && !candidates.includes(input.repId)) return raceLost();
  const ordered =
    input.repId !== null
      ? [input.repId]
      : rankByLoad(candidates, await port.recentLoads(candidates, now.subtract({ hours: 24 * 14 })));
  if (ordered.length === 0) return raceLost();

  const endsAt = input.startsAt.add({ minutes: meetingType.durationMinutes });
  const blockedFrom = input.startsAt.subtract({ minutes: meetingType.bufferBeforeMinutes });
  const blockedUntil = endsAt.add({ minutes: meetingType.bufferAfterMinutes });
  for (const repId of ordered) {
    const appointmentId = await unlessRaceLost(() =>
      port.transaction(async (writer) => {
        await writer.lockRep(repId);
        if (await writer.hasOverlap(repId, blockedFrom, blockedUntil)) throw new BookingRaceLost();
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
          meetingTypeId: meetingType.id,
          setterId: actor.userId,
          attemptId,
          startsAt: input.startsAt,
          endsAt,
          blockedFrom,
          blockedUntil,
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
        if (qualification)
          await writer.insertQualification({ ...qualification, setterId: actor.userId, attemptId, now });
        await writer.updateLeadAfterAttempt(lead.id, {
          status: 'appointment_set',
          nextCallAt: now,
          lastAttemptAt: now,
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
      }),
    );
    if (appointmentId !== undefined) return { appointmentId, created: true };
  }
  return raceLost();
}

/** The reps of the client for whom `startsAt` is an open slot now (hours, bookings, notice, caps). */
async function freeRepsAt(
  port: BookingPort,
  reps: Awaited<ReturnType<typeof loadSlotContext>>['reps'],
  meetingType: Awaited<ReturnType<typeof loadSlotContext>>['meetingType'],
  startsAt: Temporal.Instant,
  now: Temporal.Instant,
): Promise<number[]> {
  const busy = await port.busyIntervals(
    reps.map((r) => r.id),
    startsAt.subtract({ hours: 48 }),
    startsAt.add({ hours: 48 }),
  );
  const slots = findOpenSlots(
    reps.map((rep) => ({
      repId: rep.id,
      timeZone: rep.timeZone,
      weeklyHours: rep.weeklyHours,
      booked: busy.get(rep.id) ?? [],
      dailyMax: rep.dailyMax,
    })),
    meetingRules(meetingType),
    now,
  );
  const match = slots.find((s) => Temporal.Instant.compare(s.startsAt, startsAt) === 0);
  return match?.repIds ?? [];
}

function rankByLoad(repIds: number[], loads: Map<number, RepLoad>): number[] {
  const ranked: number[] = [];
  const remaining = [...repIds];
  while (remaining.length > 0) {
    const next = chooseRep(remaining, loads);
    ranked.push(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ranked;
}
