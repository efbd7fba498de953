import { Temporal } from 'temporal-polyfill';

/** A clock the tests move by hand: the app reads it for sessions, leases, windows and retries. */
export interface TestClock {
  (): Temporal.Instant;
  set(instant: string | Temporal.Instant): void;
  advance(duration: Temporal.DurationLike): void;
}

/**
 * 2026-06-10 (a Wednesday) 16:00 UTC: 12:00 in New York, 09:00 in Los Angeles, 08:00 in
 * Anchorage, 06:00 in Honolulu — most demo leads are callable, Hawaiian ones are not.
 */
export const defaultTestInstant = '2026-06-10T16:00:00Z';

export function createTestClock(start: string | Temporal.Instant = defaultTestInstant): TestClock {
  let current = Temporal.Instant.from(start);
  const clock = (() => current) as TestClock;
  clock.set = (instant) => {
    current = Temporal.Instant.from(instant);
  };
  clock.advance = (duration) => {
    current = current.add(duration);
  };
  return clock;
}

/** 'HH:MM' of the instant on the wall clock of the zone. */
export function wallClock(instant: Temporal.Instant, timeZone: string): string {
  return instant.toZonedDateTimeISO(timeZone).toPlainTime().toString({ smallestUnit: 'minute' });
}
