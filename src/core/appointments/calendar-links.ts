import type { Temporal } from 'temporal-polyfill';

/** An event as a web calendar's "add event" page takes it. */
export interface CalendarEvent {
  title: string;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  details: string;
  location: string | null;
}

export interface CalendarLinks {
  google: string;
  outlook: string;
}

/** `20261210T150000Z`: Google's compact UTC form. */
const compactUtc = (instant: Temporal.Instant): string =>
  instant.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '').replace(/\.\d+/, '');

/**
 * "Add to calendar" links for Google Calendar and Outlook on the web: the event's times in UTC
 * (each calendar shows them on its owner's clock), its title, details and place. Apple Calendar
 * and desktop Outlook take the `.ics` file instead.
 *
 * @example
 * calendarLinks({ title: 'Demo', startsAt: Temporal.Instant.from('2026-12-10T15:00:00Z'),
 *   endsAt: Temporal.Instant.from('2026-12-10T15:45:00Z'), details: '', location: null }).google
 * // 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Demo&dates=20261210T150000Z%2F20261210T154500Z&details='
 */
export function calendarLinks(event: CalendarEvent): CalendarLinks {
  const google = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${compactUtc(event.startsAt)}/${compactUtc(event.endsAt)}`,
    details: event.details,
  });
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: event.startsAt.toString({ smallestUnit: 'second' }),
    enddt: event.endsAt.toString({ smallestUnit: 'second' }),
    body: event.details,
  });
  if (event.location) {
    google.set('location', event.location);
    outlook.set('location', event.location);
  }
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook}`,
  };
}
