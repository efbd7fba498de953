import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/shared/app-error.ts';
import { baseInput, readSingle } from './appointment-invite.test-support.ts';
import { buildAppointmentInvite, type InviteInput } from './appointment-invite.ts';

describe('buildAppointmentInvite', () => {
  it('writes a REQUEST every client accepts: header, event, organizer and attendees field by field', () => {
    const { calendar, event } = readSingle(baseInput);
    expect(calendar).toMatchObject({
      version: '2.0',
      prodid: '-//SetterDesk//SetterDesk//EN',
      method: 'REQUEST',
    });
    expect(calendar.vtimezones).toEqual(['America/New_York']);
    expect(event).toMatchObject({
      uid: 'appointment-42@setterdesk',
      sequence: 0,
      startTzid: 'America/New_York',
      endTzid: 'America/New_York',
      zonesFromFile: true,
      summary: baseInput.summary,
      description: baseInput.description,
      location: baseInput.location,
      url: baseInput.url,
      status: 'CONFIRMED',
      organizer: { cn: 'Acme Solar', email: 'meetings@acme.test' },
      attendees: [
        {
          cn: 'Rita Rep',
          email: 'rita@acme.test',
          role: 'REQ-PARTICIPANT',
          partstat: 'ACCEPTED',
          rsvp: 'FALSE',
        },
        {
          cn: 'Lee Lead',
          email: 'lee@example.com',
          role: 'REQ-PARTICIPANT',
          partstat: 'NEEDS-ACTION',
          rsvp: 'TRUE',
        },
      ],
    });
    expect(event.stamp.equals(baseInput.now)).toBe(true);
    expect(event.startsAt.equals(baseInput.startsAt)).toBe(true);
    expect(event.endsAt.equals(baseInput.endsAt)).toBe(true);
  });

  it('writes a CANCEL with the same UID, the raised SEQUENCE, STATUS:CANCELLED and no RSVP asked', () => {
    const { calendar, event } = readSingle({
      ...baseInput,
      method: 'CANCEL',
      status: 'CANCELLED',
      sequence: 2,
    });
    expect(calendar.method).toBe('CANCEL');
    expect(event).toMatchObject({ uid: baseInput.uid, sequence: 2, status: 'CANCELLED' });
    expect(event.attendees.map((attendee) => attendee.rsvp)).toEqual(['FALSE', 'FALSE']);
  });

  // Each row: an appointment, the zone it is written in, and the local DTSTART a client must read.
  it('keeps names usable as CN parameters: quotes and line breaks are replaced', () => {
    const { event } = readSingle({
      ...baseInput,
      organizer: { name: 'Acme "Solar"', email: 'meetings@acme.test' },
      attendees: [{ name: 'Lee\nLead', email: 'lee@example.com', role: 'lead' }],
    });
    expect(event.organizer).toEqual({ cn: 'Acme Solar', email: 'meetings@acme.test' });
    expect(event.attendees[0]?.cn).toBe('Lee Lead');
  });

  it('omits LOCATION and URL when there are none', () => {
    const { text, event } = readSingle({ ...baseInput, location: null, url: undefined });
    expect(event).toMatchObject({ location: null, url: null });
    expect(text).not.toMatch(/^(LOCATION|URL)/m);
  });

  const invalid: { title: string; change: Partial<InviteInput>; field: string }[] = [
    {
      title: 'a CANCEL that says CONFIRMED',
      change: { method: 'CANCEL', status: 'CONFIRMED' },
      field: 'status',
    },
    { title: 'a REQUEST that says CANCELLED', change: { status: 'CANCELLED' }, field: 'status' },
    {
      title: 'an appointment ending when it starts',
      change: { endsAt: baseInput.startsAt },
      field: 'endsAt',
    },
    { title: 'an unknown time zone', change: { timeZone: 'America/Atlantis' }, field: 'timeZone' },
    { title: 'no attendees', change: { attendees: [] }, field: 'attendees' },
    { title: 'a negative sequence', change: { sequence: -1 }, field: 'sequence' },
  ];

  it.each(invalid)('rejects $title with a VALIDATION error', ({ change, field }) => {
    const attempt = () => buildAppointmentInvite({ ...baseInput, ...change });
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'VALIDATION', field }));
  });
});
