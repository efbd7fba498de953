import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess } from '../access/actor.ts';
import type { LocationKind } from '../campaigns/catalog.ts';
import type { Lead } from '../leads/lead.ts';
import type {
  BookedInterval,
  BusyInterval,
  LocalInterval,
  MeetingTypeRules,
  RepAvailability,
  Slot,
} from '../scheduling/availability.ts';
import { findOpenSlots } from '../scheduling/find-open-slots.ts';
import { eligibleReps, ownerFirst } from '../scheduling/rep-eligibility.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { MeetingTypeDetail } from './meeting-type-detail.ts';
import type { Rep } from './rep.ts';

/** The exceptions to a rep's weekly hours over a range, besides the appointments. */
export interface RepExceptions {
  timeOff: BusyInterval[];
  /** Live holds of other users, their buffers included. */
  held: BusyInterval[];
  dateOverrides: Map<string, LocalInterval[]>;
}

export interface CalendarRange {
  from: Temporal.Instant;
  to: Temporal.Instant;
  /** Holds expiring at or before `now` are over. */
  now: Temporal.Instant;
  /** The user whose own holds do not block them. */
  exceptHoldsOf: number;
}

export interface SlotsPort {
  findLead(id: number): Promise<Lead | undefined>;
  findMeetingType(id: number): Promise<MeetingTypeDetail | undefined>;
  activeReps(clientId: number): Promise<Rep[]>;
  /** The rep who already owns the relationship with the lead, if any. */
  leadOwnerRepId(leadId: number): Promise<number | null>;
  /** Live appointments of these reps whose blocked range (their own buffers) overlaps [from, to). */
  busyIntervals(
    repIds: number[],
    from: Temporal.Instant,
    to: Temporal.Instant,
  ): Promise<Map<number, BookedInterval[]>>;
  /** Time off, date overrides and others' live holds of these reps over the range. */
  repExceptions(repIds: number[], range: CalendarRange): Promise<Map<number, RepExceptions>>;
}

/** Narrows a search: one chosen rep, a location kind the meeting type must allow. */
export interface SlotFilter {
  repId?: number | null;
  locationKind?: LocationKind | null;
}

export interface SlotContext {
  lead: Lead;
  meetingType: MeetingTypeDetail;
  /** The eligible reps, ids ascending. */
  reps: Rep[];
  ownerRepId: number | null;
}

export interface LeadSlots extends SlotContext {
  slots: Slot[];
}

export const meetingRules = (type: MeetingTypeRules): MeetingTypeRules => ({
  durationMinutes: type.durationMinutes,
  bufferBeforeMinutes: type.bufferBeforeMinutes,
  bufferAfterMinutes: type.bufferAfterMinutes,
  minimumNoticeMinutes: type.minimumNoticeMinutes,
  slotStepMinutes: type.slotStepMinutes,
  horizonDays: type.horizonDays,
});

/**
 * The slot finder's view of the reps over a range: weekly hours, appointments and the exceptions,
 * read in parallel.
 */
export async function repAvailabilities(
  port: SlotsPort,
  reps: Rep[],
  range: CalendarRange,
): Promise<RepAvailability[]> {
  const repIds = reps.map((r) => r.id);
  const [booked, exceptions] = await Promise.all([
    port.busyIntervals(repIds, range.from, range.to),
    port.repExceptions(repIds, range),
  ]);
  return reps.map((rep) => {
    const own = exceptions.get(rep.id);
    return {
      repId: rep.id,
      timeZone: rep.timeZone,
      weeklyHours: rep.weeklyHours,
      dailyMax: rep.dailyMax,
      booked: booked.get(rep.id) ?? [],
      timeOff: own?.timeOff ?? [],
      held: own?.held ?? [],
      dateOverrides: own?.dateOverrides ?? new Map(),
    };
  });
}

/**
 * Loads what a slot search needs for a lead, checking the actor may see the lead and the type:
 * the active meeting type of the lead's client, the location kind it allows, and the reps
 * eligible for this lead (the type's reps, skills, territory; the chosen one only). A chosen rep
 * who is not eligible is a VALIDATION error, so the setter learns why nothing is offered.
 */
export async function loadSlotContext(
  port: SlotsPort,
  actor: Actor,
  leadId: number,
  meetingTypeId: number,
  filter: SlotFilter = {},
): Promise<SlotContext> {
  // Read together; nothing is revealed before the access checks below.
  const [lead, meetingType, ownerRepId] = await Promise.all([
    port.findLead(leadId),
    port.findMeetingType(meetingTypeId),
    port.leadOwnerRepId(leadId),
  ]);
  if (!lead) throw notFound('Lead');
  requireClientAccess(actor, lead.clientId, 'Lead');
  if (!meetingType || meetingType.clientId !== lead.clientId) throw notFound('Meeting type');
  if (!meetingType.active) {
    throw new AppError('VALIDATION', {
      message: 'This meeting type is not offered any more',
      field: 'meetingTypeId',
    });
  }
  if (filter.locationKind && !meetingType.locationKinds.includes(filter.locationKind)) {
    throw new AppError('VALIDATION', {
      message: `This meeting type does not allow ${filter.locationKind}`,
      field: 'locationKind',
    });
  }
  const clientReps = await port.activeReps(lead.clientId);
  const reps = eligibleReps(clientReps, meetingType, lead, filter.repId).sort((a, b) => a.id - b.id);
  if (filter.repId && reps.length === 0) {
    throw new AppError('VALIDATION', {
      message: 'This rep does not take this meeting type for this lead (territory, skills or assignment)',
      field: 'repId',
    });
  }
  return { lead, meetingType, reps, ownerRepId };
}

/**
 * The open slots of the reps eligible for a lead and a meeting type, merged and next-available
 * first; in each slot the lead's owner rep comes first, the others by id.
 */
export async function findSlotsForLead(
  port: SlotsPort,
  actor: Actor,
  input: { leadId: number; meetingTypeId: number; limit?: number } & SlotFilter,
  now: Temporal.Instant,
): Promise<LeadSlots> {
  const context = await loadSlotContext(port, actor, input.leadId, input.meetingTypeId, input);
  const { meetingType, reps, ownerRepId } = context;
  const availabilities = await repAvailabilities(port, reps, {
    from: now.subtract({ hours: 24 }),
    to: now.add({ hours: 24 * (meetingType.horizonDays + 1) }),
    now,
    exceptHoldsOf: actor.userId,
  });
  const slots = findOpenSlots(
    availabilities,
    meetingRules(meetingType),
    now,
    input.limit === undefined ? {} : { limit: input.limit },
  );
  if (ownerRepId !== null) {
    for (const slot of slots) slot.repIds = ownerFirst(slot.repIds, ownerRepId);
  }
  return { ...context, slots };
}
