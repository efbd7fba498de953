import { describe, expect, it } from 'vitest';
import type { PreparedLead } from '../lead-intake/prepare-lead-row.ts';
import { type TimeZoneResolver, withTimeZones } from './import-leads.ts';

const lead = (overrides: Partial<PreparedLead> = {}): PreparedLead => ({
  rowNumber: 2,
  firstName: 'Ana',
  lastName: 'Ray',
  company: null,
  email: null,
  phone: '+12125550100',
  phones: [{ e164: '+12125550100', type: 'fixed_line_or_mobile', country: 'US' }],
  address: null,
  city: null,
  state: null,
  postalCode: '60601',
  country: 'US',
  timeZone: null,
  source: null,
  customFields: {},
  ...overrides,
});

const resolver = (phoneZones: string[]): TimeZoneResolver => ({
  byPostalCode: (_country, postal) => (postal === '60601' ? ['America/Chicago'] : []),
  byPhone: () => phoneZones,
});

describe('withTimeZones', () => {
  it('keeps every source, most trusted first, for the window to intersect', () => {
    const result = withTimeZones(
      lead({ timeZone: 'America/Denver' }),
      resolver(['America/New_York']),
      new Set(),
    );
    expect(result.timeZoneCandidates).toEqual([
      { timeZone: 'America/Denver', source: 'explicit' },
      { timeZone: 'America/Chicago', source: 'postal_code' },
      { timeZone: 'America/New_York', source: 'phone' },
    ]);
    expect(result.primaryTimeZone).toBe('America/Denver');
    expect(result.primarySource).toBe('explicit');
  });

  it('ignores a phone prefix that only names a country of many zones', () => {
    const manyZones = [
      'America/New_York',
      'America/Chicago',
      'America/Denver',
      'America/Los_Angeles',
      'Pacific/Honolulu',
    ];
    const result = withTimeZones(lead(), resolver(manyZones), new Set());
    expect(result.timeZoneCandidates).toEqual([{ timeZone: 'America/Chicago', source: 'postal_code' }]);
  });

  it('flags a lead whose phone is on a do-not-call list', () => {
    expect(withTimeZones(lead(), resolver([]), new Set(['+12125550100'])).onDncList).toBe(true);
  });
});
