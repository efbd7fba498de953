import { describe, expect, it } from 'vitest';
import { instantToLeadLocal, leadLocalToInstant, presetLocalDateTime } from './callback-time.ts';

describe('leadLocalToInstant', () => {
  it.each([
    [
      '10:30 in Chicago in November is 16:30 UTC (CST, UTC-6)',
      '2026-11-27',
      '10:30',
      'America/Chicago',
      '2026-11-27T16:30:00Z',
    ],
    [
      '10:30 in Chicago in July is 15:30 UTC (CDT, UTC-5)',
      '2026-07-01',
      '10:30',
      'America/Chicago',
      '2026-07-01T15:30:00Z',
    ],
    [
      '02:30 on the spring-forward night does not exist and moves to 03:30 CDT',
      '2026-03-08',
      '02:30',
      'America/Chicago',
      '2026-03-08T08:30:00Z',
    ],
    [
      'Honolulu has no DST: 09:00 is always 19:00 UTC',
      '2026-03-08',
      '09:00',
      'Pacific/Honolulu',
      '2026-03-08T19:00:00Z',
    ],
  ])('%s', (_title, date, time, zone, expected) => {
    expect(leadLocalToInstant({ date, time }, zone)).toBe(expected);
  });

  it.each([
    ['an empty date', '', '10:00'],
    ['an empty time', '2026-11-27', ''],
    ['an impossible date', '2026-02-30', '10:00'],
  ])('is null for %s', (_title, date, time) => {
    expect(leadLocalToInstant({ date, time }, 'America/Chicago')).toBeNull();
  });
});

describe('presetLocalDateTime', () => {
  it.each([
    [
      'in two hours rounds up to the next quarter hour',
      'inTwoHours',
      '2026-11-27T20:10:00Z',
      '2026-11-27',
      '16:15',
    ],
    [
      'tomorrow morning is 10:00 on the lead clock',
      'tomorrowMorning',
      '2026-11-27T20:10:00Z',
      '2026-11-28',
      '10:00',
    ],
    [
      'at 23:30 in Chicago (already the next day in UTC) tomorrow is the lead’s tomorrow',
      'tomorrowMorning',
      '2026-11-28T05:30:00Z',
      '2026-11-28',
      '10:00',
    ],
    [
      'tomorrow evening is 17:00 on the lead clock',
      'tomorrowEvening',
      '2026-11-27T20:10:00Z',
      '2026-11-28',
      '17:00',
    ],
  ] as const)('%s', (_title, preset, now, date, time) => {
    expect(presetLocalDateTime(preset, now, 'America/Chicago')).toEqual({ date, time });
  });
});

describe('instantToLeadLocal', () => {
  it('puts an offered instant back on the lead’s clock, on the lead’s calendar day', () => {
    // 01:45 UTC on the 9th is still the evening of the 8th in New York.
    expect(instantToLeadLocal('2026-12-09T01:45:00Z', 'America/New_York')).toEqual({
      callbackDate: '2026-12-08',
      callbackTime: '20:45',
    });
  });

  it('round-trips with leadLocalToInstant', () => {
    const local = instantToLeadLocal('2026-07-01T12:15:00Z', 'Europe/Belgrade');
    expect(
      leadLocalToInstant({ date: local.callbackDate, time: local.callbackTime }, 'Europe/Belgrade'),
    ).toBe('2026-07-01T12:15:00Z');
  });
});
