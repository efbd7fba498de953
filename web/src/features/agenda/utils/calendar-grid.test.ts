import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { fetchRange, gridHours, placeOnDays, shiftAnchor, visibleDates } from './calendar-grid.ts';

const date = (value: string) => Temporal.PlainDate.from(value);
const at = (local: string, timeZone: string) =>
  Temporal.PlainDateTime.from(local).toZonedDateTime(timeZone).toInstant().toString();
const appointment = (id: number, start: string, end: string, timeZone: string) => ({
  id,
  startsAt: at(start, timeZone),
  endsAt: at(end, timeZone),
});

describe('visibleDates', () => {
  it.each([
    ['a Wednesday shows its Monday-to-Sunday week', '2026-11-25', '2026-11-23', '2026-11-29'],
    ['a Sunday belongs to the week that began six days before', '2026-11-29', '2026-11-23', '2026-11-29'],
    ['a week across a month and year end', '2026-12-31', '2026-12-28', '2027-01-03'],
  ])('%s', (_title, anchor, first, last) => {
    const dates = visibleDates(date(anchor), 'week').map(String);
    expect(dates).toHaveLength(7);
    expect([dates[0], dates[6]]).toEqual([first, last]);
  });

  it('the day view shows the anchor alone, and steps by one day', () => {
    expect(visibleDates(date('2026-03-08'), 'day').map(String)).toEqual(['2026-03-08']);
    expect(shiftAnchor(date('2026-03-08'), 'day', -1).toString()).toBe('2026-03-07');
    expect(shiftAnchor(date('2026-03-08'), 'week', 1).toString()).toBe('2026-03-15');
  });
});

describe('placeOnDays', () => {
  it.each([
    // 2026-03-08: New York springs forward at 02:00; 2026-11-01: falls back at 02:00.
    ['the spring-forward day keeps 13:00 at 13:00', 'America/New_York', '2026-03-08T13:00', 780, 840],
    ['the fall-back day keeps 13:00 at 13:00', 'America/New_York', '2026-11-01T13:00', 780, 840],
    ['Europe’s switch day keeps 09:30 at 09:30', 'Europe/Belgrade', '2026-03-29T09:30', 570, 630],
    ['Phoenix, without daylight saving', 'America/Phoenix', '2026-03-08T07:00', 420, 480],
  ])('%s', (_title, zone, start, startMinute, endMinute) => {
    const end = Temporal.PlainDateTime.from(start).add({ hours: 1 }).toString();
    const columns = placeOnDays([appointment(1, start, end, zone)], [date(start.slice(0, 10))], zone);
    expect(columns.get(start.slice(0, 10))?.[0]).toMatchObject({ startMinute, endMinute, lane: 0, lanes: 1 });
  });

  it('shows an appointment on the date of the calendar’s zone, not the booker’s', () => {
    // 21:30 in Los Angeles is already 00:30 the next day in New York.
    const late = appointment(1, '2026-06-10T21:30', '2026-06-10T22:00', 'America/Los_Angeles');
    const dates = [date('2026-06-10'), date('2026-06-11')];
    expect(placeOnDays([late], dates, 'America/Los_Angeles').get('2026-06-10')).toHaveLength(1);
    const inNewYork = placeOnDays([late], dates, 'America/New_York');
    expect(inNewYork.get('2026-06-10')).toHaveLength(0);
    expect(inNewYork.get('2026-06-11')?.[0]).toMatchObject({ startMinute: 30, endMinute: 60 });
  });

  it('puts overlapping appointments side by side and a later free one back in a single lane', () => {
    const zone = 'America/Chicago';
    const items = [
      appointment(1, '2026-06-10T09:00', '2026-06-10T10:00', zone),
      appointment(2, '2026-06-10T09:30', '2026-06-10T10:30', zone),
      appointment(3, '2026-06-10T10:00', '2026-06-10T10:30', zone),
      appointment(4, '2026-06-10T11:00', '2026-06-10T11:30', zone),
    ];
    const column = placeOnDays(items, [date('2026-06-10')], zone).get('2026-06-10') ?? [];
    const lanes = Object.fromEntries(column.map((entry) => [entry.item.id, [entry.lane, entry.lanes]]));
    expect(lanes).toEqual({ 1: [0, 2], 2: [1, 2], 3: [0, 2], 4: [0, 1] });
  });

  it('ends an appointment that runs past midnight at 24:00 on its own column', () => {
    const zone = 'America/Denver';
    const late = appointment(1, '2026-06-10T23:30', '2026-06-11T00:30', zone);
    const column = placeOnDays([late], [date('2026-06-10')], zone).get('2026-06-10');
    expect(column?.[0]).toMatchObject({ startMinute: 1410, endMinute: 1440 });
  });
});

describe('gridHours and fetchRange', () => {
  it('opens 07:00–20:00, widened to whole hours around early and late appointments', () => {
    const zone = 'America/New_York';
    const items = [
      appointment(1, '2026-06-10T06:30', '2026-06-10T07:00', zone),
      appointment(2, '2026-06-10T20:15', '2026-06-10T20:45', zone),
    ];
    const columns = placeOnDays(items, [date('2026-06-10')], zone);
    expect(gridHours(columns.values())).toEqual({ startHour: 6, endHour: 21 });
    expect(gridHours([])).toEqual({ startHour: 7, endHour: 20 });
  });

  it('asks for a day more on both sides, in the zone of the calendar', () => {
    const range = fetchRange([date('2026-11-23'), date('2026-11-29')], 'America/Chicago');
    expect(range).toEqual({ from: '2026-11-22T06:00:00Z', to: '2026-12-01T06:00:00Z' });
  });
});
