import { Temporal } from 'temporal-polyfill';
import type { RepLoad } from '../scheduling/choose-rep.ts';
import { chooseRep } from '../scheduling/choose-rep.ts';
import { findOpenSlots } from '../scheduling/find-open-slots.ts';
import { ownerFirst } from '../scheduling/rep-eligibility.ts';
import { AppError } from '../shared/app-error.ts';
import { meetingRules, repAvailabilities, type SlotContext, type SlotsPort } from './find-slots-for-lead.ts';

/** Round-robin balances the bookings of this many recent days. */
export const recentLoadDays = 14;

export interface RecentLoadPort {
  recentLoads(repIds: number[], since: Temporal.Instant): Promise<Map<number, RepLoad>>;
}

/**
 * The eligible reps for whom `startsAt` is an open slot now, by the same rules that offered it
 * (hours, overrides, time off, bookings, others' holds, notice, caps), ids ascending.
 */
export async function freeRepsAt(
  port: SlotsPort,
  context: SlotContext,
  startsAt: Temporal.Instant,
  now: Temporal.Instant,
  actorUserId: number,
): Promise<number[]> {
  const { reps, meetingType } = context;
  const availabilities = await repAvailabilities(port, reps, {
    from: startsAt.subtract({ hours: 48 }),
    to: startsAt.add({ hours: 48 }),
    now,
    exceptHoldsOf: actorUserId,
  });
  const slots = findOpenSlots(availabilities, meetingRules(meetingType), now);
  const match = slots.find((s) => Temporal.Instant.compare(s.startsAt, startsAt) === 0);
  return match?.repIds ?? [];
}

/** A meeting type with the 'chosen' policy books only the rep the setter picked. */
export function requireRepWhenChosen(context: SlotContext, repId: number | null): void {
  if (context.meetingType.assignment === 'chosen' && repId === null) {
    throw new AppError('VALIDATION', {
      message: 'Choose the rep: this meeting type is booked with a chosen rep',
      field: 'repId',
    });
  }
}

/**
 * The order in which a booking tries the free reps: the chosen one alone; else the lead's owner
 * rep first, then fair round-robin over the bookings of the last 14 days.
 */
export async function bookingOrder(
  port: RecentLoadPort,
  context: SlotContext,
  candidates: number[],
  repId: number | null,
  now: Temporal.Instant,
): Promise<number[]> {
  if (repId !== null) return candidates.includes(repId) ? [repId] : [];
  if (candidates.length <= 1) return candidates;
  const loads = await port.recentLoads(candidates, now.subtract({ hours: 24 * recentLoadDays }));
  const ranked: number[] = [];
  const remaining = [...candidates];
  while (remaining.length > 0) {
    const next = chooseRep(remaining, loads);
    ranked.push(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ownerFirst(ranked, context.ownerRepId);
}
