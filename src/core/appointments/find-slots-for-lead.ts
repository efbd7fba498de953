import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess } from '../access/actor.ts';
import type { MeetingType } from '../campaigns/catalog.ts';
import type { Lead } from '../leads/lead.ts';
import type { BusyInterval, MeetingTypeRules, Slot } from '../scheduling/availability.ts';
import { findOpenSlots } from '../scheduling/find-open-slots.ts';
import { notFound } from '../shared/app-error.ts';
import type { Rep } from './rep.ts';

export interface SlotsPort {
  findLead(id: number): Promise<Lead | undefined>;
  findMeetingType(id: number): Promise<MeetingType | undefined>;
  activeReps(clientId: number): Promise<Rep[]>;
  /** Live appointments of these reps overlapping [from, to), without buffers. */
  busyIntervals(
    repIds: number[],
    from: Temporal.Instant,
    to: Temporal.Instant,
  ): Promise<Map<number, BusyInterval[]>>;
}

export interface LeadSlots {
  lead: Lead;
  meetingType: MeetingType;
  reps: Rep[];
  slots: Slot[];
}

export const meetingRules = (type: MeetingType): MeetingTypeRules => ({
  durationMinutes: type.durationMinutes,
  bufferBeforeMinutes: type.bufferBeforeMinutes,
  bufferAfterMinutes: type.bufferAfterMinutes,
  minimumNoticeMinutes: type.minimumNoticeMinutes,
  slotStepMinutes: type.slotStepMinutes,
  horizonDays: type.horizonDays,
});

/** Loads what a slot search needs for a lead, checking the actor may see the lead and the type. */
export async function loadSlotContext(port: SlotsPort, actor: Actor, leadId: number, meetingTypeId: number) {
  const lead = await port.findLead(leadId);
  if (!lead) throw notFound('Lead');
  requireClientAccess(actor, lead.clientId, 'Lead');
  const meetingType = await port.findMeetingType(meetingTypeId);
  if (!meetingType || meetingType.clientId !== lead.clientId) throw notFound('Meeting type');
  const reps = await port.activeReps(lead.clientId);
  return { lead, meetingType, reps };
}

/**
 * The open slots of the lead's client's reps for a meeting type, merged and next-available first.
 */
export async function findSlotsForLead(
  port: SlotsPort,
  actor: Actor,
  input: { leadId: number; meetingTypeId: number; limit: number },
  now: Temporal.Instant,
): Promise<LeadSlots> {
  const { lead, meetingType, reps } = await loadSlotContext(port, actor, input.leadId, input.meetingTypeId);
  const horizonEnd = now.add({ hours: 24 * (meetingType.horizonDays + 1) });
  const busy = await port.busyIntervals(
    reps.map((r) => r.id),
    now.subtract({ hours: 24 }),
    horizonEnd,
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
    { limit: input.limit },
  );
  return { lead, meetingType, reps, slots };
}
