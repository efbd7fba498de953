import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { buildVtimezone } from './vtimezone.ts';

const at = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);

describe('buildVtimezone', () => {
  it('writes New York as one yearly DAYLIGHT and STANDARD pair, the shape Outlook imports', () => {
    expect(buildVtimezone('America/New_York', [at('2026-11-01T14:00:00Z')])?.split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:19701101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes Berlin with "last Sunday" rules (BYDAY=-1SU)', () => {
    const lines = buildVtimezone('Europe/Berlin', [at('2026-10-25T12:00:00Z')])?.split('\r\n') ?? [];
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  it('writes Phoenix, a zone without DST, as a single fixed STANDARD offset', () => {
    expect(buildVtimezone('America/Phoenix', [at('2026-03-08T15:00:00Z')])?.split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/Phoenix',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0700',
      'TZOFFSETTO:-0700',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes a half-hour DST shift (Lord Howe, +1030/+1100)', () => {
    const lines = buildVtimezone('Australia/Lord_Howe', [at('2026-07-01T00:00:00Z')])?.split('\r\n') ?? [];
    expect(lines).toContain('TZOFFSETFROM:+1030');
    expect(lines).toContain('TZOFFSETTO:+1100');
  });

  const unrepresentable = [
    {
      title: 'Mexico City across its 2022 abolition of DST: one yearly pair cannot hold both years',
      timeZone: 'America/Mexico_City',
      instants: ['2022-06-01T17:00:00Z', '2023-06-01T17:00:00Z'],
    },
    {
      title: 'Casablanca, whose Ramadan switch moves each year: 2026’s dates miss 2027’s',
      timeZone: 'Africa/Casablanca',
      instants: ['2026-02-20T10:00:00Z', '2027-02-10T10:00:00Z'],
    },
    { title: 'no instants at all', timeZone: 'America/New_York', instants: [] },
  ] as const;

  it.each(unrepresentable)('returns null (the caller writes UTC) for $title', ({ timeZone, instants }) => {
    expect(buildVtimezone(timeZone, instants.map(at))).toBeNull();
  });
});
