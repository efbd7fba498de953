import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type CallingWindowPolicy, defaultCallingWindow } from '../calling-hours/calling-window-policy.ts';
import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';
import type { LeadStatus } from '../leads/lead.ts';
import { type DialContext, permitToDial } from './permit-to-dial.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const zone = (timeZone: string, source: TimeZoneCandidate['source'] = 'phone'): TimeZoneCandidate => ({
  timeZone,
  source,
});

function context(
  overrides: Partial<DialContext> & { status?: LeadStatus; zones?: TimeZoneCandidate[] } = {},
): DialContext {
  const now = overrides.now ?? at('2026-06-10T16:00:00Z');
  return {
    lead: {
      status: overrides.status ?? 'new',
      nextCallAt: now,
      leaseUserId: null,
      leaseExpiresAt: null,
      timeZoneCandidates: overrides.zones ?? [zone('America/New_York')],
      ...overrides.lead,
    },
    userId: 1,
    onDncList: false,
    callingWindow: defaultCallingWindow,
    clientTimeZone: 'America/New_York',
    now,
    ...overrides,
  };
}

describe('permitToDial', () => {
  it('allows a New York lead at noon New York time', () => {
    expect(permitToDial(context())).toMatchObject({ allowed: true, reasons: [] });
  });

  it('a lead in Hawaii is not callable at 08:30 New York time', () => {
    const permit = permitToDial(
      context({ now: at('2026-06-10T12:30:00Z'), zones: [zone('Pacific/Honolulu')] }),
    );
    expect(permit.allowed).toBe(false);
    expect(permit.reasons).toContain('OUTSIDE_CALLING_WINDOW');
  });

  it('a do-not-call number is never dialled, inside the window or not', () => {
    expect(permitToDial(context({ onDncList: true })).reasons).toContain('DO_NOT_CALL');
    expect(permitToDial(context({ status: 'dnc' })).reasons).toContain('DO_NOT_CALL');
  });

  it.each(['not_interested', 'nurture', 'appointment_set', 'won', 'bad_number'] as const)(
    'a %s lead is closed',
    (status) => {
      expect(permitToDial(context({ status })).reasons).toContain('CLOSED_STATUS');
    },
  );

  it('a lead inside its retry gap waits, unless a due callback brings it back', () => {
    const now = at('2026-06-10T16:00:00Z');
    const lead = {
      status: 'attempting' as const,
      nextCallAt: now.add({ hours: 1 }),
      leaseUserId: null,
      leaseExpiresAt: null,
      timeZoneCandidates: [zone('America/New_York')],
    };
    expect(permitToDial(context({ now, lead })).reasons).toEqual(['RETRY_GAP']);
    expect(permitToDial(context({ now, lead, ignoreRetryGap: true })).allowed).toBe(true);
  });

  it('a number cooling off after a conversation waits, unless a callback the person asked for is due', () => {
    expect(permitToDial(context({ coolingOff: true }))).toMatchObject({
      allowed: false,
      reasons: ['COOL_OFF'],
    });
    expect(permitToDial(context({ coolingOff: true, ignoreRetryGap: true })).allowed).toBe(true);
    expect(permitToDial(context({ coolingOff: false })).allowed).toBe(true);
  });

  it('a lead leased to another setter is refused; an expired lease or my own is not', () => {
    const now = at('2026-06-10T16:00:00Z');
    const leased = (leaseUserId: number, minutes: number) => ({
      status: 'new' as const,
      nextCallAt: now,
      leaseUserId,
      leaseExpiresAt: now.add({ minutes }),
      timeZoneCandidates: [zone('America/New_York')],
    });
    expect(permitToDial(context({ now, lead: leased(2, 5) })).reasons).toEqual(['LEASED']);
    expect(permitToDial(context({ now, lead: leased(2, -1) })).allowed).toBe(true);
    expect(permitToDial(context({ now, lead: leased(1, 5) })).allowed).toBe(true);
  });

  it('a lead with no zone of its own is judged in the client’s zone, and marked uncertain', () => {
    const permit = permitToDial(
      context({ zones: [], clientTimeZone: 'America/Los_Angeles', now: at('2026-06-10T14:00:00Z') }),
    );
    expect(permit.allowed).toBe(false);
    expect(permit.calling.timeZones).toEqual(['America/Los_Angeles']);
    expect(permit.calling.uncertain).toBe(true);
  });

  const zones = [
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Phoenix',
    'America/Los_Angeles',
    'America/Anchorage',
    'Pacific/Honolulu',
    'Europe/Belgrade',
    'Asia/Kolkata',
  ];
  const window = fc
    .record({
      start: fc.integer({ min: 0, max: 23 }),
      length: fc.integer({ min: 1, max: 14 }),
      days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    })
    .map(
      ({ start, length, days }): CallingWindowPolicy => ({
        startLocal: `${String(start).padStart(2, '0')}:00`,
        endLocal: `${String(Math.min(24, start + length)).padStart(2, '0')}:00`,
        days,
        blackoutDates: [],
      }),
    );
  // Any instant of 2026, DST switch days included (they are inside the range).
  const instant = fc
    .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) })
    .map((ms) => Temporal.Instant.fromEpochMilliseconds(ms));

  it('never permits a call outside the window in any of the lead’s zones (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(zones, { minLength: 1, maxLength: 3 }),
        window,
        instant,
        (leadZones, policy, now) => {
          const permit = permitToDial(
            context({ now, zones: leadZones.map((z) => zone(z)), callingWindow: policy }),
          );
          if (!permit.allowed) return;
          for (const z of leadZones) {
            const local = now.toZonedDateTimeISO(z);
            const minutes = local.hour * 60 + local.minute;
            const [sh = 0] = policy.startLocal.split(':').map(Number);
            const [eh = 0] = policy.endLocal.split(':').map(Number);
            expect(minutes).toBeGreaterThanOrEqual(sh * 60);
            expect(minutes).toBeLessThan(eh * 60);
            expect(policy.days).toContain(local.dayOfWeek);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
