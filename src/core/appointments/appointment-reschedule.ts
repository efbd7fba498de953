import type { Temporal } from 'temporal-polyfill';
import { AppError, notFound } from '../shared/app-error.ts';
import { requireMayChange } from './appointment-access.ts';
import { recordAppointmentEvent } from './appointment-events.ts';
import type { LifecyclePort } from './appointment-ports.ts';
import { freeRepsForReschedule } from './appointment-reschedule-slots.ts';
import { canSelfServe, isLive } from './appointment-rules.ts';
import type { Appointment, Changer } from './appointment-state.ts';
import type { IdempotencyPort } from './booking-checks.ts';
import type { SlotContext, SlotsPort } from './find-slots-for-lead.ts';
import { announceAppointment, queueInviteMails } from './notify-appointment.ts';
import { bookingOrder, type RecentLoadPort } from './slot-free-reps.ts';

export interface ReschedulePort extends SlotsPort, RecentLoadPort, LifecyclePort, IdempotencyPort {
  findAppointment(id: number): Promise<Appointment | undefined>;
}

export interface RescheduleInput {
  appointmentId: number;
  startsAt: Temporal.Instant;
  /** A chosen rep; null keeps the appointment's rep when free, else the fairest free one. */
  repId: number | null;
  idempotencyKey: string | null;
}

const slotTaken = () =>
  new AppError('SLOT_TAKEN', { message: 'This slot was just taken: pick another one', field: 'startsAt' });

/**
 * Moves an appointment to another slot offered by the same rules as booking. The old appointment
 * becomes `rescheduled` and the new one points back to it (`rescheduledFromId`); both carry the
 * chain's invite UID with a raised SEQUENCE, so calendars move the event in place. Atomic like a
 * booking: under the rep's lock, re-checked, backed by the unique index. A rep who loses the
 * appointment gets a CANCEL; the lead and the new rep a REQUEST, the lead with a new private link.
 */
export async function rescheduleAppointment(
  port: ReschedulePort,
  changer: Changer,
  input: RescheduleInput,
  now: Temporal.Instant,
): Promise<{ appointmentId: number; created: boolean }> {
  const current = await port.findAppointment(input.appointmentId);
  if (!current) throw notFound('Appointment');
  requireMayChange(changer, current, 'reschedule');
  const earlier = await earlierReschedule(port, current, input.idempotencyKey);
  if (earlier !== undefined) return { appointmentId: earlier, created: false };
  if (!isLive(current.status)) {
    throw new AppError('CONFLICT', {
      message: `This appointment is already ${current.status.replace('_', '-')}`,
    });
  }
  if (changer.kind === 'lead' && !canSelfServe(current, now)) {
    throw new AppError('CONFLICT', { message: 'This appointment can no longer be changed through the link' });
  }
  const { context, candidates } = await freeRepsForReschedule(port, changer, current, input, now);
  const { meetingType } = context;
  const repId = await pickRep(port, context, current, candidates, input.repId, now);
  const endsAt = input.startsAt.add({ minutes: meetingType.durationMinutes });
  try {
    return await port.transaction(async (writer) => {
      const locked = await writer.lockAppointment(current.id);
      if (!locked || !isLive(locked.status) || locked.sequence !== current.sequence) {
        throw new AppError('CONFLICT', { message: 'This appointment changed meanwhile: reload it' });
      }
      const sequence = current.sequence + 1;
      await writer.lockRep(repId);
      await writer.updateAppointment(current.id, {
        status: 'rescheduled',
        statusReason: changer.kind === 'lead' ? 'Rescheduled by the lead' : 'Rescheduled',
        sequence,
        now,
      });
      const blockedFrom = input.startsAt.subtract({ minutes: meetingType.bufferBeforeMinutes });
      const blockedUntil = endsAt.add({ minutes: meetingType.bufferAfterMinutes });
      if (await writer.hasOverlap(repId, blockedFrom, blockedUntil)) throw slotTaken();
      const id = await writer.insertRescheduled({
        from: locked,
        repId,
        startsAt: input.startsAt,
        endsAt,
        blockedFrom,
        blockedUntil,
        sequence,
        idempotencyKey: input.idempotencyKey,
        now,
      });
      if (id === undefined) throw slotTaken();
      if (repId !== current.repId) {
        const previous = await writer.loadNotice(current.id);
        if (previous) {
          await queueInviteMails(writer, port.messaging, previous, 'cancelled', {
            recipients: ['rep'],
            link: null,
            now,
          });
        }
      }
      await announceAppointment(writer, port.messaging, id, 'rescheduled', now);
      await recordAppointmentEvent(
        writer,
        current,
        changer,
        {
          type: 'appointment_rescheduled',
          toStatus: null,
          reason: null,
          data: { rescheduledTo: id, repId, startsAt: input.startsAt.toString() },
        },
        now,
      );
      return { appointmentId: id, created: true };
    });
  } catch (error) {
    // A concurrent retry of this very reschedule (same idempotency key) may be what won.
    const first = await earlierReschedule(port, current, input.idempotencyKey);
    if (first !== undefined) return { appointmentId: first, created: false };
    throw error;
  }
}

/**
 * The appointment an earlier request with the same idempotency key moved this one to. The moved
 * appointment keeps the setter who booked it, so the key is looked up under that setter.
 */
async function earlierReschedule(
  port: ReschedulePort,
  current: Appointment,
  key: string | null,
): Promise<number | undefined> {
  if (!key) return undefined;
  const existing = await port.findAppointmentByIdempotencyKey(key, current.setterId);
  if (!existing) return undefined;
  const earlier = await port.findAppointment(existing.id);
  if (earlier?.rescheduledFromId === current.id) return earlier.id;
  throw new AppError('CONFLICT', {
    message: 'This idempotency key was already used for another booking',
    field: 'idempotencyKey',
  });
}

/**
 * The chosen rep if free; else the appointment's own rep if free (the rep already prepared for
 * this lead); else the booking order: the lead's owner rep, then fair round-robin.
 */
async function pickRep(
  port: ReschedulePort,
  context: SlotContext,
  current: Appointment,
  candidates: number[],
  chosen: number | null,
  now: Temporal.Instant,
): Promise<number> {
  if (chosen === null && candidates.includes(current.repId)) return current.repId;
  const [first] = await bookingOrder(port, context, candidates, chosen, now);
  if (first === undefined) throw slotTaken();
  return first;
}
