import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { calendarLinks } from './calendar-links.ts';

const event = {
  title: 'Roof check with Ana Rep (Sunny & Co)',
  startsAt: Temporal.Instant.from('2026-12-22T15:00:00Z'),
  endsAt: Temporal.Instant.from('2026-12-22T15:45:00Z'),
  details: 'To confirm, reschedule or cancel: https://desk.test/a/abc',
  location: 'Video call: https://meet.test/x?y=1',
};

describe('calendarLinks', () => {
  it('gives Google the UTC times in its compact form, and every field escaped', () => {
    const url = new URL(calendarLinks(event).google);
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20261222T150000Z/20261222T154500Z');
    expect(url.searchParams.get('text')).toBe(event.title);
    expect(url.searchParams.get('location')).toBe(event.location);
    expect(url.searchParams.get('details')).toBe(event.details);
  });

  it('gives Outlook ISO instants and the compose path', () => {
    const url = new URL(calendarLinks(event).outlook);
    expect(url.hostname).toBe('outlook.live.com');
    expect(url.searchParams.get('rru')).toBe('addevent');
    expect(url.searchParams.get('startdt')).toBe('2026-12-22T15:00:00Z');
    expect(url.searchParams.get('enddt')).toBe('2026-12-22T15:45:00Z');
    expect(url.searchParams.get('subject')).toBe(event.title);
  });

  it('leaves the place out when there is none, and drops sub-second parts', () => {
    const links = calendarLinks({
      ...event,
      location: null,
      startsAt: Temporal.Instant.from('2026-12-22T15:00:00.250Z'),
    });
    expect(new URL(links.google).searchParams.has('location')).toBe(false);
    expect(new URL(links.google).searchParams.get('dates')).toBe('20261222T150000Z/20261222T154500Z');
    expect(new URL(links.outlook).searchParams.has('location')).toBe(false);
  });
});
