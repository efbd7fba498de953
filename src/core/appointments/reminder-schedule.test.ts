import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isReminderTimely, reminderRuns } from './reminder-schedule.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const startsAt = at('2026-06-12T14:00:00Z');

describe('reminderRuns', () => {
  const cases: [string, number[], string, [number, string][]][] = [
    [
      'both reminders for a booking two days ahead, earliest first',
      [60, 1440],
      '2026-06-10T14:00:00Z',
      [
        [1440, '2026-06-11T14:00:00Z'],
        [60, '2026-06-12T13:00:00Z'],
      ],
    ],
    [
      'a booking made three hours ahead gets no one-day reminder',
      [1440, 60],
      '2026-06-12T11:00:00Z',
      [[60, '2026-06-12T13:00:00Z']],
    ],
    ['a booking made 30 minutes ahead gets none', [1440, 60], '2026-06-12T13:30:00Z', []],
    ['a reminder due exactly now is already past', [60], '2026-06-12T13:00:00Z', []],
    ['repeated offsets plan one reminder', [60, 60], '2026-06-11T00:00:00Z', [[60, '2026-06-12T13:00:00Z']]],
  ];
  it.each(cases)('%s', (_title, offsets, now, expected) => {
    const runs = reminderRuns(startsAt, offsets, at(now));
    expect(runs.map((r) => [r.offsetMinutes, r.runAt.toString()])).toEqual(expected);
  });

  it('a one-day reminder across the US fall-back night is 24 real hours before, not the same wall time', () => {
    const sundayMorning = at('2026-11-01T15:00:00Z'); // 10:00 EST, the day clocks went back
    const [run] = reminderRuns(sundayMorning, [1440], at('2026-10-30T00:00:00Z'));
    expect(run?.runAt.toString()).toBe('2026-10-31T15:00:00Z'); // 11:00 EDT on Saturday
  });

  it('every planned run lies after now and before the start, in order, one per distinct offset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 20_000 }),
        (offsets, minutesAhead) => {
          const now = startsAt.subtract({ minutes: minutesAhead });
          const runs = reminderRuns(startsAt, offsets, now);
          expect(runs.length).toBeLessThanOrEqual(new Set(offsets).size);
          for (const [i, run] of runs.entries()) {
            expect(Temporal.Instant.compare(run.runAt, now)).toBe(1);
            expect(Temporal.Instant.compare(run.runAt, startsAt)).toBe(-1);
            const previous = runs[i - 1];
            if (previous) expect(Temporal.Instant.compare(previous.runAt, run.runAt)).toBeLessThanOrEqual(0);
          }
        },
      ),
    );
  });
});

describe('isReminderTimely', () => {
  const offsets = [1440, 60];
  const cases: [string, number, string, boolean][] = [
    ['the one-day reminder on time', 1440, '2026-06-11T14:00:00Z', true],
    ['the one-day reminder late but before the one-hour one is due', 1440, '2026-06-12T12:00:00Z', true],
    ['the one-day reminder once the one-hour one is due too', 1440, '2026-06-12T13:00:00Z', false],
    ['the one-hour reminder on time', 60, '2026-06-12T13:00:00Z', true],
    ['the one-hour reminder a minute before the start', 60, '2026-06-12T13:59:00Z', true],
    ['any reminder at the start', 60, '2026-06-12T14:00:00Z', false],
  ];
  it.each(cases)('%s', (_title, offset, now, expected) => {
    expect(isReminderTimely(startsAt, offset, offsets, at(now))).toBe(expected);
  });
});
