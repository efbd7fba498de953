import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Lead } from '../leads/lead.ts';
import type { RepLoad } from '../scheduling/choose-rep.ts';
import { AppError } from '../shared/app-error.ts';
import type { SlotContext } from './find-slots-for-lead.ts';
import type { MeetingTypeDetail } from './meeting-type-detail.ts';
import { bookingOrder, recentLoadDays, requireRepWhenChosen } from './slot-free-reps.ts';

const now = Temporal.Instant.from('2026-06-10T16:00:00Z');
const context = (ownerRepId: number | null, assignment: MeetingTypeDetail['assignment'] = 'round_robin') =>
  ({
    lead: {} as Lead,
    reps: [],
    ownerRepId,
    meetingType: { assignment } as MeetingTypeDetail,
  }) as SlotContext;
/** Loads: rep 3 booked twice, rep 5 once, rep 8 never. */
const loads = new Map<number, RepLoad>([
  [3, { bookedCount: 2, lastBookedAt: Temporal.Instant.from('2026-06-09T10:00:00Z') }],
  [5, { bookedCount: 1, lastBookedAt: Temporal.Instant.from('2026-06-08T10:00:00Z') }],
]);

describe('bookingOrder', () => {
  it.each([
    { name: 'fair round-robin: the least loaded first', owner: null, chosen: null, expected: [8, 5, 3] },
    { name: 'the lead’s owner rep first, then round-robin', owner: 3, chosen: null, expected: [3, 8, 5] },
    { name: 'an owner who is not free changes nothing', owner: 9, chosen: null, expected: [8, 5, 3] },
    { name: 'a chosen rep alone, even when the owner is free', owner: 3, chosen: 5, expected: [5] },
    { name: 'a chosen rep who is not free: nobody', owner: null, chosen: 9, expected: [] },
  ])('$name', async ({ owner, chosen, expected }) => {
    let since: Temporal.Instant | undefined;
    const port = {
      recentLoads: async (_ids: number[], from: Temporal.Instant) => {
        since = from;
        return loads;
      },
    };
    expect(await bookingOrder(port, context(owner), [3, 5, 8], chosen, now)).toEqual(expected);
    if (since) expect(now.since(since).total('hours')).toBe(24 * recentLoadDays);
  });
});

describe('requireRepWhenChosen', () => {
  it('a chosen-rep meeting type without a rep is a VALIDATION error on repId; round-robin needs none', () => {
    expect(() => requireRepWhenChosen(context(null, 'chosen'), null)).toThrow(AppError);
    expect(() => requireRepWhenChosen(context(null, 'chosen'), 4)).not.toThrow();
    expect(() => requireRepWhenChosen(context(null, 'round_robin'), null)).not.toThrow();
  });
});
