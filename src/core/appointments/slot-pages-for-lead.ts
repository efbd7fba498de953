import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import type { Slot } from '../scheduling/availability.ts';
import {
  horizonEnd,
  pageOfSlots,
  type SlotDay,
  type SlotPage,
  type SlotRange,
  slotDays,
} from '../scheduling/slot-pages.ts';
import { AppError } from '../shared/app-error.ts';
import {
  findSlotsForLead,
  type SlotContext,
  type SlotFilter,
  type SlotsPort,
} from './find-slots-for-lead.ts';

export interface LeadSlotPage extends SlotContext {
  page: SlotPage;
  horizonEnd: Temporal.Instant;
}

export interface HorizonDays {
  timeZone: string;
  horizonEnd: Temporal.Instant;
  firstStartsAt: Temporal.Instant | null;
  days: SlotDay[];
}

type LeadSlotInput = { leadId: number; meetingTypeId: number } & SlotFilter;

/**
 * A window of a lead's open slots (see `findSlotsForLead`) across the meeting type's whole
 * horizon: the page, whether more follow and where.
 */
export async function findSlotPageForLead(
  port: SlotsPort,
  actor: Actor,
  input: LeadSlotInput & { range: SlotRange },
  now: Temporal.Instant,
): Promise<LeadSlotPage> {
  const { slots, ...context } = await findSlotsForLead(port, actor, input, now);
  return {
    ...context,
    page: pageOfSlots(slots, input.range),
    horizonEnd: horizonEnd(context.meetingType, now),
  };
}

/** Every date of the horizon in `timeZone` (default: the lead's, else the actor's) with its slot count. */
export async function findSlotDaysForLead(
  port: SlotsPort,
  actor: Actor,
  input: LeadSlotInput & { timeZone: string | null },
  now: Temporal.Instant,
): Promise<HorizonDays> {
  const { slots, lead, meetingType } = await findSlotsForLead(port, actor, input, now);
  return horizonDays(
    slots,
    input.timeZone ?? lead.timeZone ?? actor.timeZone,
    now,
    horizonEnd(meetingType, now),
  );
}

/** The day summary of found slots; an unknown zone is the caller's VALIDATION error. */
export function horizonDays(
  slots: readonly Slot[],
  timeZone: string,
  now: Temporal.Instant,
  end: Temporal.Instant,
): HorizonDays {
  let days: SlotDay[];
  try {
    days = slotDays(slots, timeZone, now, end);
  } catch (cause) {
    throw new AppError('VALIDATION', {
      message: `Unknown time zone "${timeZone}"`,
      field: 'timeZone',
      cause,
    });
  }
  return { timeZone, horizonEnd: end, firstStartsAt: slots[0]?.startsAt ?? null, days };
}
