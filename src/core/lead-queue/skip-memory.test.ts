import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { callbackHandoverAt, defaultQueueSettings, maySeeCallback } from './queue-settings.ts';
import { activeSkips, firstSkipReturn, isSkippedBy, type SkipMemory, skipUntil } from './skip-memory.ts';

const at = (text: string) => Temporal.Instant.from(text);
const skippedAt = at('2026-12-08T14:02:00Z');
const sam = 7;
const jovana = 8;
const skip = (leadId: number, userId: number, minutes = 30, from = skippedAt): SkipMemory => ({
  leadId,
  userId,
  skippedAt: from,
  until: skipUntil(from, { ...defaultQueueSettings, skipMinutes: minutes }),
});

describe('skip memory', () => {
  it('a skip lasts the campaign’s skip length: 30 minutes by default', () => {
    expect(skipUntil(skippedAt, defaultQueueSettings).toString()).toBe('2026-12-08T14:32:00Z');
  });

  it.each([
    ['right after the skip', '2026-12-08T14:02:00Z', true],
    ['a minute before it ends', '2026-12-08T14:31:00Z', true],
    ['exactly when it ends: the lead is back', '2026-12-08T14:32:00Z', false],
    ['before it was made', '2026-12-08T14:01:59Z', false],
  ])('the lead is held back from the setter %s', (_, now, held) => {
    expect(isSkippedBy([skip(303, sam)], 303, sam, at(now))).toBe(held);
  });

  it('another setter’s skip never holds the lead back from me', () => {
    expect(isSkippedBy([skip(303, jovana)], 303, sam, skippedAt)).toBe(false);
  });

  it('skipping again keeps the lead away until the later skip ends', () => {
    const later = skip(303, sam, 30, at('2026-12-08T14:20:00Z'));
    expect(
      activeSkips([skip(303, sam), later], sam, at('2026-12-08T14:25:00Z'))
        .get(303)
        ?.toString(),
    ).toBe('2026-12-08T14:50:00Z');
  });

  it('the empty queue names the first skipped lead to come back', () => {
    const skips = [skip(303, sam, 60), skip(304, sam, 30), skip(305, jovana, 5)];
    expect(firstSkipReturn(skips, sam, skippedAt)?.toString()).toBe('2026-12-08T14:32:00Z');
    expect(firstSkipReturn(skips, sam, at('2026-12-08T16:00:00Z'))).toBeNull();
  });

  it('property: a skip holds back exactly [skippedAt, until) and only for its setter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 * 60 }),
        fc.integer({ min: -60, max: 24 * 60 + 60 }),
        fc.integer({ min: 1, max: 3 }),
        (minutes, offset, asker) => {
          const now = skippedAt.add({ minutes: offset });
          const held = isSkippedBy([skip(303, 1, minutes)], 303, asker, now);
          expect(held).toBe(asker === 1 && offset >= 0 && offset < minutes);
        },
      ),
    );
  });

  it('property: the first return is the earliest end among my active skips, after now', () => {
    const skipArb = fc.record({
      leadId: fc.integer({ min: 1, max: 5 }),
      userId: fc.integer({ min: 1, max: 2 }),
      start: fc.integer({ min: 0, max: 120 }),
      minutes: fc.integer({ min: 1, max: 120 }),
    });
    fc.assert(
      fc.property(fc.array(skipArb, { maxLength: 8 }), fc.integer({ min: 0, max: 240 }), (raw, nowOffset) => {
        const skips = raw.map((s) =>
          skip(s.leadId, s.userId, s.minutes, skippedAt.add({ minutes: s.start })),
        );
        const now = skippedAt.add({ minutes: nowOffset });
        const first = firstSkipReturn(skips, 1, now);
        const mine = [...activeSkips(skips, 1, now).values()];
        if (mine.length === 0) {
          expect(first).toBeNull();
          return;
        }
        expect(first && first.epochMilliseconds > now.epochMilliseconds).toBe(true);
        for (const until of mine)
          expect(until.epochMilliseconds).toBeGreaterThanOrEqual(first?.epochMilliseconds ?? 0);
      }),
    );
  });
});

describe('overdue personal callbacks', () => {
  const dueAt = at('2026-12-08T14:00:00Z');
  it('wait for their owner, then pass to anyone after the hand-over time (15 minutes by default)', () => {
    const callback = { ownerUserId: sam, dueAt };
    expect(maySeeCallback(callback, sam, dueAt, defaultQueueSettings)).toBe(true);
    expect(maySeeCallback(callback, jovana, dueAt.add({ minutes: 14 }), defaultQueueSettings)).toBe(false);
    expect(maySeeCallback(callback, jovana, dueAt.add({ minutes: 15 }), defaultQueueSettings)).toBe(true);
    expect(
      callbackHandoverAt(dueAt, { ...defaultQueueSettings, callbackHandoverMinutes: 60 }).toString(),
    ).toBe('2026-12-08T15:00:00Z');
  });

  it('a callback for anyone is open to all once due, and none is served before its time', () => {
    expect(maySeeCallback({ ownerUserId: null, dueAt }, jovana, dueAt, defaultQueueSettings)).toBe(true);
    expect(
      maySeeCallback({ ownerUserId: sam, dueAt }, sam, dueAt.subtract({ minutes: 1 }), defaultQueueSettings),
    ).toBe(false);
  });
});
