import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { AppointmentNotice } from './appointment-ports.ts';
import {
  formatWhen,
  inviteMailText,
  recipientAddress,
  recipientTimeZone,
  whereText,
} from './notify-texts.ts';

const at = (iso: string) => Temporal.Instant.from(iso);

function notice(
  overrides: { leadTimeZone?: string | null; leadZone?: string | null; email?: string | null } = {},
) {
  const value: AppointmentNotice = {
    appointment: {
      id: 7,
      clientId: 1,
      leadId: 3,
      repId: 2,
      repUserId: 9,
      setterId: 4,
      meetingTypeId: 1,
      attemptId: null,
      campaignId: null,
      status: 'scheduled',
      statusReason: null,
      startsAt: at('2026-03-08T18:00:00Z'),
      endsAt: at('2026-03-08T18:30:00Z'),
      blockedFrom: at('2026-03-08T18:00:00Z'),
      blockedUntil: at('2026-03-08T18:30:00Z'),
      leadTimeZone: overrides.leadTimeZone === undefined ? 'America/Phoenix' : overrides.leadTimeZone,
      locationKind: 'phone',
      location: null,
      questionsAsked: 'Is there a warranty?',
      notes: null,
      sequence: 0,
      rescheduledFromId: null,
      selfServiceExpiresAt: null,
      createdAt: at('2026-03-01T10:00:00Z'),
    },
    chainRootId: 7,
    clientName: 'SunPeak Solar',
    clientTimeZone: 'America/Denver',
    meetingTypeName: 'Solar consultation',
    lead: {
      firstName: 'Lee',
      lastName: 'Lead',
      company: null,
      email: overrides.email === undefined ? 'lee@example.com' : overrides.email,
      phone: '+16025550100',
      address: '1 Main St, Tempe',
      country: 'US',
      timeZone: overrides.leadZone === undefined ? null : overrides.leadZone,
    },
    rep: { id: 2, name: 'Rita Reyes', email: 'rita@example.com', timeZone: 'America/New_York' },
  };
  return value;
}

describe('formatWhen', () => {
  it.each([
    ['New York on its spring-forward day', 'America/New_York', 'Sunday, March 8, 2026 at 2:00 PM EDT'],
    ['Phoenix, which keeps standard time', 'America/Phoenix', 'Sunday, March 8, 2026 at 11:00 AM MST'],
    ['Honolulu', 'Pacific/Honolulu', 'Sunday, March 8, 2026 at 8:00 AM HST'],
  ])('labels the time with its zone: %s', (_title, zone, expected) => {
    expect(formatWhen(at('2026-03-08T18:00:00Z'), zone)).toBe(expected);
  });
});

describe('recipients', () => {
  it.each([
    ['the zone booked with the appointment', { leadTimeZone: 'America/Phoenix' }, 'America/Phoenix'],
    [
      'the lead’s own zone when none was booked',
      { leadTimeZone: null, leadZone: 'America/Chicago' },
      'America/Chicago',
    ],
    ['the client’s zone when the lead has none', { leadTimeZone: null, leadZone: null }, 'America/Denver'],
  ])('the lead reads times in %s', (_title, overrides, zone) => {
    expect(recipientTimeZone(notice(overrides), 'lead')).toBe(zone);
    expect(recipientTimeZone(notice(overrides), 'rep')).toBe('America/New_York');
  });

  it('a lead without an email address gets no mail', () => {
    expect(recipientAddress(notice({ email: null }), 'lead')).toBeNull();
    expect(recipientAddress(notice({ email: null }), 'rep')).toEqual({
      name: 'Rita Reyes',
      email: 'rita@example.com',
    });
  });
});

describe('inviteMailText', () => {
  it('the lead’s mail carries the private link and its own time; the rep’s the briefing, no link', () => {
    const link = 'https://desk.example.com/a/secret';
    const lead = inviteMailText(notice(), 'lead', 'booked', link);
    expect(lead.subject).toBe(
      'Appointment: Solar consultation with Rita Reyes (SunPeak Solar), Sunday, March 8, 2026 at 11:00 AM MST',
    );
    expect(lead.text).toContain(`To confirm, reschedule or cancel: ${link}`);
    const rep = inviteMailText(notice(), 'rep', 'booked', null);
    expect(rep.text).toContain('When: Sunday, March 8, 2026 at 2:00 PM EDT');
    expect(rep.text).toContain('Questions asked: Is there a warranty?');
    expect(rep.text).not.toContain('/a/');
  });

  it('a phone meeting says who calls whom', () => {
    expect(whereText(notice())).toBe('Phone call: Rita Reyes calls +1 (602) 555-0100');
  });
});
