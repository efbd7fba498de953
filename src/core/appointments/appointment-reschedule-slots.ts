import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import type { Appointment, Changer } from './appointment-state.ts';
import {
  findSlotsForLead,
  type LeadSlots,
  loadSlotContext,
  type SlotContext,
  type SlotsPort,
} from './find-slots-for-lead.ts';
import { freeRepsAt } from './slot-free-reps.ts';

/**
 * The scope a slot search runs in. The lead acting through the private link has no login; the
 * search is scoped to the appointment's client, on behalf of the setter who booked it.
 */
function slotActor(changer: Changer, appointment: Appointment): Actor {
  if (changer.kind === 'user') return changer.actor;
  return {
    userId: appointment.setterId,
    organizationId: 0,
    role: 'setter',
    name: 'Lead self-service',
    email: '',
    timeZone: appointment.leadTimeZone ?? 'UTC',
    locale: 'en',
    clientIds: [appointment.clientId],
  };
}

/** The slot port as seen by a move: the appointment being moved does not block its own rep. */
function excludingItself(port: SlotsPort, appointment: Appointment): SlotsPort {
  return {
    ...port,
    async busyIntervals(repIds, from, to) {
      const busy = await port.busyIntervals(repIds, from, to);
      const own = busy.get(appointment.repId);
      if (own) {
        busy.set(
          appointment.repId,
          own.filter(
            (b) => !(b.startsAt.equals(appointment.startsAt) && b.endsAt.equals(appointment.endsAt)),
          ),
        );
      }
      return busy;
    },
  };
}

/**
 * The slots an appointment may move to, over the whole horizon: the same search a setter books
 * from (eligible reps, hours, exceptions, bookings, holds, notice, caps), for the same lead and
 * meeting type, except that the appointment being moved does not block itself — moving it by a
 * quarter of an hour is fine — and its own start is not offered as a new time.
 */
export async function slotsForReschedule(
  port: SlotsPort,
  changer: Changer,
  appointment: Appointment,
  now: Temporal.Instant,
): Promise<LeadSlots> {
  const found = await findSlotsForLead(
    excludingItself(port, appointment),
    slotActor(changer, appointment),
    { leadId: appointment.leadId, meetingTypeId: appointment.meetingTypeId },
    now,
  );
  const ownStart = appointment.startsAt.epochMilliseconds;
  return { ...found, slots: found.slots.filter((s) => s.startsAt.epochMilliseconds !== ownStart) };
}

/** The reps free at `startsAt` for this appointment's move, by the rules that book (ids ascending). */
export async function freeRepsForReschedule(
  port: SlotsPort,
  changer: Changer,
  appointment: Appointment,
  input: { startsAt: Temporal.Instant; repId: number | null },
  now: Temporal.Instant,
): Promise<{ context: SlotContext; candidates: number[] }> {
  const actor = slotActor(changer, appointment);
  const moving = excludingItself(port, appointment);
  const context = await loadSlotContext(moving, actor, appointment.leadId, appointment.meetingTypeId, {
    repId: input.repId,
  });
  return { context, candidates: await freeRepsAt(moving, context, input.startsAt, now, actor.userId) };
}
