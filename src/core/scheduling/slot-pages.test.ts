import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { MeetingTypeRules, RepAvailability, Slot } from './availability.ts';
import { findOpenSlots } from './find-open-slots.ts';
import { horizonEnd, pageOfSlots, slotDays } from './slot-pages.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const weekdays = (startLocal: string, endLocal: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startLocal, endLocal }));
const rep = (repId: number, timeZone: string, booked: RepAvailability['booked'] = []): RepAvailability => ({
  repId,
  timeZone,
  weeklyHours: weekdays('09:00', '17:00'),
  booked,
});
const rules = (overrides: Partial<MeetingTypeRules> = {}): MeetingTypeRules => ({
  durationMinutes: 45,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  minimumNoticeMinutes: 120,
  slotStepMinutes: 30,
  horizonDays: 21,
  ...overrides,
});
const starts = (slots: readonly Slot[]) => slots.map((s) => s.startsAt.epochMilliseconds);

/** Every page from the first, by the cursor each page hands back. */
function readAllPages(all: readonly Slot[], limit: number): { slots: Slot[]; pages: number } {
  const read: Slot[] = [];
  let from: Temporal.Instant | null = null;
  let pages = 0;
  for (;;) {
    const page = pageOfSlots(all, { from, limit });
    pages++;
    read.push(...page.slots);
    if (!page.hasMore) return { slots: read, pages };
    from = page.nextFrom;
  }
}

describe('booking across the whole horizon', () => {
  // Monday 7 December 2026, 08:00 in New York.
  const now = at('2026-12-07T13:00:00Z');
  const all = findOpenSlots([rep(1, 'America/New_York'), rep(2, 'America/Chicago')], rules(), now);

  it('a 21-day horizon offers far more than the old 60 slots, up to its last week', () => {
    expect(all.length).toBeGreaterThan(200);
    const last = all[all.length - 1];
    expect(last?.startsAt.toZonedDateTimeISO('America/New_York').toPlainDate().toString()).toBe('2026-12-25');
  });

  it('a lead who says "Tuesday in two weeks" finds that day open', () => {
    const days = slotDays(all, 'America/New_York', now, horizonEnd(rules(), now));
    const tuesday = days.find((d) => d.date === '2026-12-22');
    expect(tuesday?.slots).toBeGreaterThan(0);
    expect(tuesday?.firstStartsAt?.toString()).toBe('2026-12-22T14:00:00Z');
  });

  it('a page stopped by its limit says more exist and where they start', () => {
    const page = pageOfSlots(all, { limit: 60 });
    expect(page.slots).toHaveLength(60);
    expect(page.hasMore).toBe(true);
    expect(page.nextFrom?.toString()).toBe(all[60]?.startsAt.toString());
  });

  it('the last page says nothing more follows', () => {
    const page = pageOfSlots(all, { from: all[all.length - 3]?.startsAt ?? null, limit: 60 });
    expect(page.slots).toHaveLength(3);
    expect(page).toMatchObject({ hasMore: false, nextFrom: null });
  });

  it('a day range holds exactly that day and points at the next day with slots', () => {
    const days = slotDays(all, 'America/New_York', now, horizonEnd(rules(), now));
    const friday = days.find((d) => d.date === '2026-12-11');
    if (!friday) throw new Error('no Friday');
    const page = pageOfSlots(all, { from: friday.startsAt, to: friday.endsAt });
    expect(page.slots).toHaveLength(friday.slots);
    // The weekend has none: the next slot is on Monday.
    expect(page.nextFrom?.toString()).toBe(
      days.find((d) => d.date === '2026-12-14')?.firstStartsAt?.toString(),
    );
  });

  it('lists weekend days with no slots, so a navigator can show them disabled', () => {
    const days = slotDays(all, 'America/New_York', now, horizonEnd(rules(), now));
    expect(days[0]?.date).toBe('2026-12-07');
    expect(days[days.length - 1]?.date).toBe('2026-12-28');
    expect(days.find((d) => d.date === '2026-12-12')).toMatchObject({ slots: 0, firstStartsAt: null });
  });

  it('names the dates of the zone asked for: a Friday afternoon in Chicago is Saturday in Kolkata', () => {
    const end = horizonEnd(rules(), now);
    const newYork = slotDays(all, 'America/New_York', now, end);
    const kolkata = slotDays(all, 'Asia/Kolkata', now, end);
    expect(kolkata.reduce((n, d) => n + d.slots, 0)).toBe(all.length);
    expect(kolkata.find((d) => d.date === '2026-12-12')?.slots).toBeGreaterThan(0);
    expect(newYork.find((d) => d.date === '2026-12-12')?.slots).toBe(0);
  });

  it('counts a 23-hour day right on a DST change', () => {
    const march = at('2027-03-10T12:00:00Z');
    const slots = findOpenSlots([rep(1, 'America/New_York')], rules({ horizonDays: 7 }), march);
    const days = slotDays(slots, 'America/New_York', march, horizonEnd(rules({ horizonDays: 7 }), march));
    const spring = days.find((d) => d.date === '2027-03-14');
    expect(spring && spring.endsAt.epochMilliseconds - spring.startsAt.epochMilliseconds).toBe(
      23 * 3_600_000,
    );
    expect(days.reduce((n, d) => n + d.slots, 0)).toBe(slots.length);
  });
});

describe('slot pages, properties', () => {
  const zones = [
    'America/New_York',
    'America/Los_Angeles',
    'Europe/Belgrade',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
  ];
  const scenario = fc.record({
    nowMs: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
    zones: fc.array(fc.constantFrom(...zones), { minLength: 1, maxLength: 3 }),
    horizonDays: fc.integer({ min: 0, max: 30 }),
    step: fc.constantFrom(15, 20, 30, 60),
    bookedOffsets: fc.array(fc.integer({ min: 0, max: 30 * 24 * 4 }), { maxLength: 20 }),
    limit: fc.integer({ min: 1, max: 80 }),
    viewZone: fc.constantFrom(...zones),
  });
  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
  const search = (s: Scenario) => {
    const now = Temporal.Instant.fromEpochMilliseconds(s.nowMs);
    const booked = s.bookedOffsets.map((quarters) => ({
      startsAt: now.add({ minutes: quarters * 15 }),
      endsAt: now.add({ minutes: quarters * 15 + 45 }),
    }));
    const reps = s.zones.map((zone, i) => rep(i + 1, zone, i === 0 ? booked : []));
    const meeting = rules({ horizonDays: s.horizonDays, slotStepMinutes: s.step });
    return { now, meeting, all: findOpenSlots(reps, meeting, now) };
  };

  it('reading page after page by the cursor yields exactly the one unbounded answer', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { all } = search(s);
        const read = readAllPages(all, s.limit);
        expect(starts(read.slots)).toEqual(starts(all));
        expect(read.pages).toBe(Math.max(1, Math.ceil(all.length / s.limit)));
      }),
      { numRuns: 60 },
    );
  });

  it('no slot starts at or past the horizon, and the day list covers every slot exactly once', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { now, meeting, all } = search(s);
        const end = horizonEnd(meeting, now);
        for (const slot of all) expect(slot.startsAt.epochMilliseconds).toBeLessThan(end.epochMilliseconds);
        const days = slotDays(all, s.viewZone, now, end);
        expect(days.reduce((n, d) => n + d.slots, 0)).toBe(all.length);
        for (const day of days) {
          const page = pageOfSlots(all, { from: day.startsAt, to: day.endsAt });
          expect(page.slots).toHaveLength(day.slots);
          for (const slot of page.slots) {
            expect(slot.startsAt.toZonedDateTimeISO(s.viewZone).toPlainDate().toString()).toBe(day.date);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a range is the unbounded answer filtered to it, and hasMore is true exactly when slots follow', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: -2, max: 32 * 24 }),
        fc.integer({ min: 0, max: 9 * 24 }),
        (s, fromH, spanH) => {
          const { now, all } = search(s);
          const from = now.add({ hours: fromH });
          const to = from.add({ hours: spanH });
          const page = pageOfSlots(all, { from, to });
          const inRange = all.filter(
            (x) =>
              x.startsAt.epochMilliseconds >= from.epochMilliseconds &&
              x.startsAt.epochMilliseconds < to.epochMilliseconds,
          );
          expect(starts(page.slots)).toEqual(starts(inRange));
          const after = all.find((x) => x.startsAt.epochMilliseconds >= to.epochMilliseconds);
          expect(page.hasMore).toBe(after !== undefined);
          expect(page.nextFrom?.epochMilliseconds ?? null).toBe(after?.startsAt.epochMilliseconds ?? null);
        },
      ),
      { numRuns: 60 },
    );
  });
});
