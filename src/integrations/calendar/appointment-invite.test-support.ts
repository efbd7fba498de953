import { Temporal } from 'temporal-polyfill';
import { expect } from 'vitest';
import { buildAppointmentInvite, type InviteInput } from './appointment-invite.ts';
import { readIcs } from './ics-reader.test-support.ts';

export const at = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);

/** One phone appointment in New York with a rep and a lead; text chosen to need ICS escaping. */
export const baseInput: InviteInput = {
  method: 'REQUEST',
  uid: 'appointment-42@setterdesk',
  sequence: 0,
  startsAt: at('2026-03-10T14:00:00Z'),
  endsAt: at('2026-03-10T14:30:00Z'),
  timeZone: 'America/New_York',
  summary: 'Solar consultation, roof; south-facing',
  description: 'Bring the last two bills.\nAsk for Rita.',
  location: 'Phone: +1 555 0100',
  organizer: { name: 'Acme Solar', email: 'meetings@acme.test' },
  attendees: [
    { name: 'Rita Rep', email: 'rita@acme.test', role: 'rep' },
    { name: 'Lee Lead', email: 'lee@example.com', role: 'lead' },
  ],
  status: 'CONFIRMED',
  url: 'https://app.setterdesk.test/a/7f3c9e',
  now: at('2026-03-01T09:00:00Z'),
};

/** Builds the invite, reads it back and insists on exactly one VEVENT. */
export function readSingle(input: InviteInput) {
  const text = buildAppointmentInvite(input);
  const calendar = readIcs(text);
  expect(calendar.events).toHaveLength(1);
  const [event] = calendar.events;
  if (!event) throw new Error('no VEVENT');
  return { text, calendar, event };
}
