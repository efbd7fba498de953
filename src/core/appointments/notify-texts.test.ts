import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { AppointmentNotice } from './appointment-ports.ts';
import {
  formatWhen,
  inviteDescription,
  inviteMailText,
  languageOf,
  recipientAddress,
  recipientTimeZone,
  reminderMailText,
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
    rep: { id: 2, name: 'Rita Reyes', email: 'rita@example.com', timeZone: 'America/New_York', locale: 'en' },
  };
  return value;
}

describe('formatWhen', () => {
  it.each([
    ['New York on its spring-forward day', 'America/New_York', 'Sunday, March 8, 2026 at 2:00 PM EDT'],
    ['Phoenix, which keeps standard time', 'America/Phoenix', 'Sunday, March 8, 2026 at 11:00 AM MST'],
    ['Honolulu', 'Pacific/Honolulu', 'Sunday, March 8, 2026 at 8:00 AM HST'],
  ])('labels the time with its zone: %s', (_title, zone, expected) => {
    expect(formatWhen(at('2026-03-08T18:00:00Z'), zone, 'en')).toBe(expected);
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
    expect(whereText(notice(), 'lead')).toBe('Phone call: Rita Reyes calls +1 (602) 555-0100');
  });
});

/** A lead in Belgrade, booked for a Friday afternoon there. */
function serbianLead(): AppointmentNotice {
  const value = notice({ leadTimeZone: 'Europe/Belgrade' });
  return {
    ...value,
    appointment: {
      ...value.appointment,
      startsAt: at('2026-06-12T12:00:00Z'),
      endsAt: at('2026-06-12T12:30:00Z'),
    },
    lead: {
      ...value.lead,
      firstName: 'Јована',
      lastName: 'Петровић',
      email: 'jovana@example.rs',
      phone: '+381641234567',
      address: 'Кнез Михаилова 1, Београд',
      country: 'RS',
    },
  };
}

const withRepLocale = (value: AppointmentNotice, locale: string | null): AppointmentNotice => ({
  ...value,
  rep: { ...value.rep, locale },
});

const firstLines = (text: string, count: number) => text.split('\n').slice(0, count);

describe('formatWhen in Serbian: day first, 24-hour clock, the zone as Intl names it', () => {
  it.each([
    [
      'a Belgrade summer afternoon',
      '2026-06-12T12:00:00Z',
      'Europe/Belgrade',
      'петак, 12. јун 2026. 14:00 CEST',
    ],
    [
      'Belgrade just before spring-forward',
      '2026-03-29T00:30:00Z',
      'Europe/Belgrade',
      'недеља, 29. март 2026. 01:30 CET',
    ],
    [
      'Belgrade just after spring-forward',
      '2026-03-29T01:30:00Z',
      'Europe/Belgrade',
      'недеља, 29. март 2026. 03:30 CEST',
    ],
    [
      'New York, which Serbian labels by its offset',
      '2026-03-08T18:00:00Z',
      'America/New_York',
      'недеља, 8. март 2026. 14:00 GMT-4',
    ],
  ])('%s', (_title, iso, zone, expected) => {
    expect(formatWhen(at(iso), zone, 'sr')).toBe(expected);
  });
});

describe('the recipient’s language', () => {
  it.each([
    ['sr', 'sr'],
    ['en', 'en'],
    ['de', 'en'],
    ['', 'en'],
    [null, 'en'],
  ] as const)('a saved locale %j reads %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });

  it('a lead in Serbia gets the invite in Serbian, with the link, in Belgrade time', () => {
    const link = 'https://desk.example.com/a/secret';
    const mail = inviteMailText(serbianLead(), 'lead', 'booked', link);
    expect(mail.subject).toBe(
      'Састанак: Solar consultation са Rita Reyes (SunPeak Solar), петак, 12. јун 2026. 14:00 CEST',
    );
    expect(mail.text.split('\n')).toEqual([
      'Здраво Јована,',
      '',
      'Ваш састанак је заказан.',
      '',
      'Шта: Solar consultation са Rita Reyes (SunPeak Solar)',
      'Када: петак, 12. јун 2026. 14:00 CEST',
      'Где: Телефонски позив: Rita Reyes зове +381 64 1234567',
      '',
      `Да потврдите, померите или откажете: ${link}`,
      '',
      '— SunPeak Solar',
    ]);
    expect(inviteDescription(serbianLead(), 'lead', link)).toBe(
      `Да потврдите, померите или откажете: ${link}`,
    );
  });

  it('an American lead gets English, whatever the rep reads', () => {
    const mail = inviteMailText(withRepLocale(notice(), 'sr'), 'lead', 'booked', null);
    expect(mail.subject).toBe(
      'Appointment: Solar consultation with Rita Reyes (SunPeak Solar), Sunday, March 8, 2026 at 11:00 AM MST',
    );
    expect(firstLines(mail.text, 3)).toEqual(['Hello Lee,', '', 'Your appointment is booked.']);
  });

  it('a rep whose account is set to Serbian reads Serbian, briefing included, while the lead reads English', () => {
    const value = withRepLocale(notice(), 'sr');
    const rep = inviteMailText(value, 'rep', 'booked', null);
    expect(rep.subject).toBe('Састанак: Solar consultation: Lee Lead, недеља, 8. март 2026. 14:00 GMT-4');
    expect(rep.text.split('\n')).toEqual([
      'Здраво Rita Reyes,',
      '',
      'Ваш састанак је заказан.',
      '',
      'Шта: Solar consultation: Lee Lead',
      'Када: недеља, 8. март 2026. 14:00 GMT-4',
      'Где: Телефонски позив: Rita Reyes зове +1 (602) 555-0100',
      '',
      'Контакт: Lee Lead',
      'Телефон: +1 (602) 555-0100',
      'Имејл: lee@example.com',
      'Постављена питања: Is there a warranty?',
      '',
      '— SunPeak Solar',
    ]);
    expect(inviteDescription(value, 'rep', null)).toBe(
      'Контакт: Lee Lead\nТелефон: +1 (602) 555-0100\nИмејл: lee@example.com\nПостављена питања: Is there a warranty?',
    );
    expect(inviteMailText(value, 'lead', 'booked', null).subject).toMatch(/^Appointment: /);
  });

  it.each([
    ['a locale the product does not speak', 'de'],
    ['a rep without a user account', null],
  ])('%s reads English', (_title, locale) => {
    const rep = inviteMailText(withRepLocale(notice(), locale), 'rep', 'booked', null);
    expect(rep.subject).toBe(
      'Appointment: Solar consultation: Lee Lead, Sunday, March 8, 2026 at 2:00 PM EDT',
    );
    expect(firstLines(rep.text, 3)).toEqual(['Hello Rita Reyes,', '', 'Your appointment is booked.']);
  });

  it('a Serbian lead’s move, cancellation (with its reason) and reminder', () => {
    const when = 'петак, 12. јун 2026. 14:00 CEST';
    const what = 'Solar consultation са Rita Reyes (SunPeak Solar)';
    const moved = inviteMailText(serbianLead(), 'lead', 'rescheduled', null);
    expect(moved.subject).toBe(`Премештено: ${what}, сада ${when}`);
    expect(firstLines(moved.text, 3)).toEqual([
      'Здраво Јована,',
      '',
      'Ваш састанак је померен на нови термин.',
    ]);
    const value = serbianLead();
    const cancelledNotice = { ...value, appointment: { ...value.appointment, statusReason: 'Болест' } };
    const cancelled = inviteMailText(cancelledNotice, 'lead', 'cancelled', null);
    expect(cancelled.subject).toBe(`Отказано: ${what}, ${when}`);
    expect(cancelled.text).toContain('Ваш састанак је отказан.');
    expect(cancelled.text).toContain('Зашто: Болест');
    const reminder = reminderMailText(serbianLead(), 'lead', null);
    expect(reminder.subject).toBe(`Подсетник: ${what}, ${when}`);
    expect(firstLines(reminder.text, 4)).toEqual([
      'Здраво Јована,',
      '',
      `Подсетник на ваш састанак: ${what}`,
      `Када: ${when}`,
    ]);
  });
});
