import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { callingWindowFor } from './calling-window.ts';
import { type CallingWindowPolicy, defaultCallingWindow } from './calling-window-policy.ts';
import type { TimeZoneCandidate } from './time-zone-candidates.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const iso = (instant: Temporal.Instant | null) => instant?.toString() ?? null;
const zone = (timeZone: string, source: TimeZoneCandidate['source'] = 'explicit'): TimeZoneCandidate => ({
  timeZone,
  source,
});
const policy = (overrides: Partial<CallingWindowPolicy>): CallingWindowPolicy => ({
  ...defaultCallingWindow,
  ...overrides,
});

const chicagoByPostalNewYorkByPhone = [
  zone('America/Chicago', 'postal_code'),
  zone('America/New_York', 'phone'),
];

describe('callingWindowFor: named edges', () => {
  it('a short Saturday (10:00–16:00) refuses 09:30 and 16:00 Saturday in Denver, allows 09:30 Friday', () => {
    const shortSaturday = policy({ hoursByDay: { '6': { startLocal: '10:00', endLocal: '16:00' } } });
    const denver = [zone('America/Denver')];
    const saturdayMorning = callingWindowFor(denver, shortSaturday, at('2026-06-13T15:30:00Z'));
    expect(saturdayMorning).toMatchObject({ callable: false, reasons: ['OUTSIDE_CALLING_WINDOW'] });
    expect(saturdayMorning.hours).toEqual({ startLocal: '10:00', endLocal: '16:00' });
    expect(iso(saturdayMorning.opensAt)).toBe('2026-06-13T16:00:00Z');
    const saturdayNoon = callingWindowFor(denver, shortSaturday, at('2026-06-13T18:00:00Z'));
    expect(iso(saturdayNoon.callableUntil)).toBe('2026-06-13T22:00:00Z');
    const friday = callingWindowFor(denver, shortSaturday, at('2026-06-12T15:30:00Z'));
    expect(friday).toMatchObject({ callable: true, hours: { startLocal: '08:00', endLocal: '21:00' } });
  });

  it('a weekday that is not 1–7 in hoursByDay is refused, naming the field', () => {
    expect(() =>
      callingWindowFor(
        [zone('America/Denver')],
        policy({ hoursByDay: { '8': { startLocal: '10:00', endLocal: '16:00' } } }),
        at('2026-06-13T15:30:00Z'),
      ),
    ).toThrow(/hoursByDay/);
  });

  it('a lead in Pacific/Honolulu is not callable at 08:30 America/New_York time', () => {
    const decision = callingWindowFor(
      [zone('Pacific/Honolulu')],
      defaultCallingWindow,
      at('2026-06-10T12:30:00Z'),
    );
    expect(decision).toMatchObject({
      callable: false,
      reasons: ['OUTSIDE_CALLING_WINDOW'],
      localTime: '02:30',
    });
    expect(iso(decision.opensAt)).toBe('2026-06-10T18:00:00Z');
    expect(decision.callableUntil).toBeNull();
  });

  it('a lead whose postal code says Chicago and phone says New York is callable only 09:00–21:00 New York time', () => {
    const cases = [
      { now: '2026-06-10T12:59:00Z', callable: false, next: '2026-06-10T13:00:00Z' },
      { now: '2026-06-10T13:00:00Z', callable: true, next: '2026-06-11T01:00:00Z' },
      { now: '2026-06-11T00:59:59Z', callable: true, next: '2026-06-11T01:00:00Z' },
      { now: '2026-06-11T01:00:00Z', callable: false, next: '2026-06-11T13:00:00Z' },
    ];
    for (const c of cases) {
      const decision = callingWindowFor(chicagoByPostalNewYorkByPhone, defaultCallingWindow, at(c.now));
      expect(decision.callable, c.now).toBe(c.callable);
      expect(iso(c.callable ? decision.callableUntil : decision.opensAt), c.now).toBe(c.next);
    }
  });

  it('a Chicago-and-New-York lead displays Chicago (postal code beats phone) and is uncertain', () => {
    const decision = callingWindowFor(
      chicagoByPostalNewYorkByPhone,
      defaultCallingWindow,
      at('2026-06-10T14:00:00Z'),
    );
    expect(decision).toMatchObject({
      timeZones: ['America/Chicago', 'America/New_York'],
      primaryTimeZone: 'America/Chicago',
      localTime: '09:00',
      uncertain: true,
    });
  });

  it.each([
    { now: '2026-03-08T14:59:00Z', callable: false, localTime: '07:59' },
    { now: '2026-03-08T15:00:00Z', callable: true, localTime: '08:00' },
    { now: '2026-03-09T15:00:00Z', callable: true, localTime: '08:00' },
    { now: '2026-03-09T14:59:00Z', callable: false, localTime: '07:59' },
  ])('America/Phoenix has no DST in March: $now is $localTime local', ({ now, callable, localTime }) => {
    const decision = callingWindowFor([zone('America/Phoenix')], defaultCallingWindow, at(now));
    expect(decision).toMatchObject({ callable, localTime });
  });

  it.each([
    { day: 'before the spring-forward', now: '2026-03-07T12:00:00Z', opensAt: '2026-03-07T13:00:00Z' },
    {
      day: 'on the spring-forward (2026-03-08)',
      now: '2026-03-08T11:00:00Z',
      opensAt: '2026-03-08T12:00:00Z',
    },
    { day: 'before the fall-back', now: '2026-10-31T11:00:00Z', opensAt: '2026-10-31T12:00:00Z' },
    { day: 'on the fall-back (2026-11-01)', now: '2026-11-01T12:00:00Z', opensAt: '2026-11-01T13:00:00Z' },
  ])('New York opens at 08:00 local $day', ({ now, opensAt }) => {
    const decision = callingWindowFor([zone('America/New_York')], defaultCallingWindow, at(now));
    expect(decision.callable).toBe(false);
    expect(iso(decision.opensAt)).toBe(opensAt);
  });

  it('New York closes at 21:00 EDT on the spring-forward day (01:00Z the next day)', () => {
    const decision = callingWindowFor(
      [zone('America/New_York')],
      defaultCallingWindow,
      at('2026-03-08T12:00:00Z'),
    );
    expect(decision.callable).toBe(true);
    expect(iso(decision.callableUntil)).toBe('2026-03-09T01:00:00Z');
  });

  it.each([
    { zone: 'Europe/London', now: '2026-03-29T06:59:00Z', opensAt: '2026-03-29T07:00:00Z' },
    { zone: 'Europe/Berlin', now: '2026-10-25T06:00:00Z', opensAt: '2026-10-25T07:00:00Z' },
    { zone: 'Australia/Lord_Howe', now: '2026-10-03T20:00:00Z', opensAt: '2026-10-03T21:00:00Z' },
    { zone: 'Australia/Lord_Howe', now: '2026-04-04T20:00:00Z', opensAt: '2026-04-04T21:30:00Z' },
    { zone: 'Asia/Kolkata', now: '2026-03-08T02:00:00Z', opensAt: '2026-03-08T02:30:00Z' },
  ])('$zone opens at 08:00 local on its DST day ($opensAt)', ({ zone: timeZone, now, opensAt }) => {
    const decision = callingWindowFor([zone(timeZone)], defaultCallingWindow, at(now));
    expect(iso(decision.opensAt)).toBe(opensAt);
  });

  it('a window starting inside the repeated hour reopens at the second 01:30 on the fall-back day', () => {
    const window = policy({ startLocal: '01:30' });
    const ny = [zone('America/New_York')];
    const firstPass = callingWindowFor(ny, window, at('2026-11-01T05:45:00Z')); // 01:45 EDT
    expect(firstPass.callable).toBe(true);
    expect(iso(firstPass.callableUntil)).toBe('2026-11-01T06:00:00Z'); // clocks fall back to 01:00 EST
    const secondPass = callingWindowFor(ny, window, at('2026-11-01T06:15:00Z')); // 01:15 EST
    expect(secondPass).toMatchObject({ callable: false, localTime: '01:15' });
    expect(iso(secondPass.opensAt)).toBe('2026-11-01T06:30:00Z');
  });

  it('a window starting inside the skipped hour opens when clocks jump to 03:00', () => {
    const decision = callingWindowFor(
      [zone('America/New_York')],
      policy({ startLocal: '02:30' }),
      at('2026-03-08T06:30:00Z'),
    );
    expect(iso(decision.opensAt)).toBe('2026-03-08T07:00:00Z');
  });
});

describe('callingWindowFor: days and blackout dates in the lead calendar', () => {
  it('a Honolulu blackout on 12-25 still holds when it is already 12-26 in New York', () => {
    const decision = callingWindowFor(
      [zone('Pacific/Honolulu')],
      policy({ endLocal: '24:00', blackoutDates: ['2026-12-25'] }),
      at('2026-12-26T05:00:00Z'),
    );
    expect(decision).toMatchObject({ callable: false, reasons: ['BLACKOUT_DATE'], localTime: '19:00' });
    expect(iso(decision.opensAt)).toBe('2026-12-26T18:00:00Z');
  });

  it('a weekday-only window skips the weekend and opens Monday 08:00', () => {
    const decision = callingWindowFor(
      [zone('America/Los_Angeles')],
      policy({ days: [1, 2, 3, 4, 5] }),
      at('2026-06-13T18:00:00Z'), // Saturday 11:00
    );
    expect(decision.reasons).toEqual(['NO_CALLING_DAY']);
    expect(iso(decision.opensAt)).toBe('2026-06-15T15:00:00Z');
  });

  it('reasons from different zones are united in a fixed order', () => {
    const decision = callingWindowFor(
      [zone('Asia/Kolkata'), zone('America/Los_Angeles', 'phone')],
      policy({ days: [1, 2, 3, 4, 5], blackoutDates: ['2026-06-15'] }),
      at('2026-06-15T01:00:00Z'), // Mon 06:30 Kolkata, Sun 18:00 Los Angeles
    );
    expect(decision.reasons).toEqual(['OUTSIDE_CALLING_WINDOW', 'BLACKOUT_DATE', 'NO_CALLING_DAY']);
  });

  it('a window until 24:00 closes at midnight before a non-calling day', () => {
    const decision = callingWindowFor(
      [zone('Europe/Berlin')],
      policy({ endLocal: '24:00', days: [1, 2, 3, 4, 5] }),
      at('2026-06-12T20:00:00Z'), // Friday 22:00
    );
    expect(iso(decision.callableUntil)).toBe('2026-06-12T22:00:00Z');
  });

  it.each([
    {
      name: 'an all-day, every-day window never closes within the search',
      window: { endLocal: '24:00', startLocal: '00:00' },
    },
    { name: 'a window with no calling days never opens', window: { days: [] } },
    {
      name: 'a window that ends before it starts is empty',
      window: { startLocal: '21:00', endLocal: '08:00' },
    },
  ])('$name', ({ window }) => {
    const decision = callingWindowFor([zone('Europe/Berlin')], policy(window), at('2026-06-12T10:00:00Z'));
    expect(decision.callableUntil).toBeNull();
    expect(decision.opensAt).toBeNull();
  });
});

describe('callingWindowFor: which zones count', () => {
  it('without a valid zone the lead is not callable: UNKNOWN_TIME_ZONE', () => {
    const decision = callingWindowFor(
      [zone('Mars/Olympus_Mons'), zone('+05:00', 'phone')],
      defaultCallingWindow,
      at('2026-06-10T15:00:00Z'),
    );
    expect(decision).toEqual({
      callable: false,
      reasons: ['UNKNOWN_TIME_ZONE'],
      timeZones: [],
      primaryTimeZone: null,
      uncertain: true,
      localTime: null,
      callableUntil: null,
      opensAt: null,
      hours: null,
    });
  });

  it('an invalid explicit zone falls back to the client default, which is uncertain', () => {
    const decision = callingWindowFor(
      [zone('Not/AZone'), zone('Europe/Berlin', 'client_default')],
      defaultCallingWindow,
      at('2026-06-10T10:00:00Z'),
    );
    expect(decision).toMatchObject({
      callable: true,
      timeZones: ['Europe/Berlin'],
      uncertain: true,
      localTime: '12:00',
    });
  });

  it('the client default is ignored when the phone gives a zone', () => {
    const decision = callingWindowFor(
      [zone('Pacific/Honolulu', 'client_default'), zone('Europe/Berlin', 'phone')],
      defaultCallingWindow,
      at('2026-06-10T10:00:00Z'),
    );
    expect(decision).toMatchObject({ callable: true, timeZones: ['Europe/Berlin'], uncertain: false });
  });

  it.each([
    { month: 'July', now: '2026-07-01T18:00:00Z', uncertain: false },
    { month: 'January', now: '2026-01-15T18:00:00Z', uncertain: true },
  ])('Phoenix and Los Angeles agree in July, not in January ($month)', ({ now, uncertain }) => {
    const decision = callingWindowFor(
      [zone('America/Phoenix', 'phone'), zone('America/Los_Angeles', 'phone')],
      defaultCallingWindow,
      at(now),
    );
    expect(decision.uncertain).toBe(uncertain);
  });

  it('throws VALIDATION for a malformed policy', () => {
    expect(() =>
      callingWindowFor([zone('UTC')], policy({ startLocal: '8:00' }), at('2026-06-10T10:00:00Z')),
    ).toThrow(AppError);
    expect(() =>
      callingWindowFor([zone('UTC')], policy({ blackoutDates: ['2026-02-30'] }), at('2026-06-10T10:00:00Z')),
    ).toThrow(/calendar date/);
  });
});
