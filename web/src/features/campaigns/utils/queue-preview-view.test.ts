import { describe, expect, it } from 'vitest';
import type { LeadDto } from '../../../../../src/contracts/leads.ts';
import { leadStatusSchema } from '../../../../../src/contracts/leads.ts';
import {
  areaCodeOf,
  blockedRows,
  customFieldKeysOf,
  filterValueSuggestions,
  lastCallableMinute,
  leadStatuses,
  openingLocalTime,
  sortValueOf,
} from './queue-preview-view.ts';

const lead = (overrides: Partial<LeadDto> = {}): LeadDto => ({
  id: 1,
  clientId: 1,
  listId: 1,
  firstName: 'Casey',
  lastName: 'Nguyen',
  company: null,
  email: null,
  phone: '+13035550119',
  phones: [],
  address: null,
  city: 'Denver',
  state: 'CO',
  postalCode: '80202',
  country: 'US',
  timeZone: 'America/Denver',
  source: 'web form',
  customFields: { roof_type: 'tile', roofType: 'metal' },
  status: 'new',
  attemptCount: 2,
  lastAttemptAt: null,
  createdAt: '2026-11-20T15:00:00Z',
  ...overrides,
});

describe('sort values shown beside a lead', () => {
  it.each([
    ['area_code', { kind: 'text', text: '303' }],
    ['postal_code', { kind: 'text', text: '80202' }],
    ['state', { kind: 'text', text: 'CO' }],
    ['source', { kind: 'text', text: 'web form' }],
    ['attempts', { kind: 'number', value: 2 }],
    ['created_at', { kind: 'instant', instant: '2026-11-20T15:00:00Z' }],
    ['last_attempt_at', null],
    ['custom:roof_type', { kind: 'text', text: 'tile' }],
    ['custom:missing', null],
    ['score', null],
    ['random', null],
  ])('%s', (field, expected) => {
    expect(sortValueOf(lead(), field)).toEqual(expected);
  });

  it.each([
    ['+13035550119', '303'],
    ['+381641234567', null],
    ['+1303555011', null],
  ])('the area code of %s is %s (only North American numbers have one)', (phone, expected) => {
    expect(areaCodeOf(phone)).toBe(expected);
  });
});

describe('the blocked breakdown', () => {
  it('drops zero counts and puts the largest first, ties by code', () => {
    expect(blockedRows({ RETRY_GAP: 4, LEASED: 0, OUTSIDE_CALLING_WINDOW: 838, DO_NOT_CALL: 4 })).toEqual([
      { reason: 'OUTSIDE_CALLING_WINDOW', leads: 838 },
      { reason: 'DO_NOT_CALL', leads: 4 },
      { reason: 'RETRY_GAP', leads: 4 },
    ]);
  });
});

describe('times on the preview', () => {
  it('a window ending 21:00 is callable until 20:59: the end is exclusive', () => {
    expect(lastCallableMinute('2026-11-27T04:00:00Z')).toBe('2026-11-27T03:59:00.000Z');
    expect(lastCallableMinute(null)).toBeNull();
  });

  it.each([
    ['OUTSIDE_CALLING_WINDOW', '08:00'],
    ['NO_CALLING_DAY', '08:00'],
    ['BLACKOUT_DATE', '08:00'],
    ['STATE_HOURS', null],
    ['RETRY_GAP', null],
  ])('leads blocked by %s open at %s their time', (reason, expected) => {
    expect(openingLocalTime(reason, { startLocal: '08:00' })).toBe(expected);
  });
});

describe('suggestions for the ordering editor', () => {
  it('offers only custom-field keys a rule can name: "roofType" is not a lowercase slug', () => {
    expect(customFieldKeysOf([lead(), lead({ customFields: { employees: '12' } })])).toEqual([
      'employees',
      'roof_type',
    ]);
  });

  it('offers the states seen, each once, sorted', () => {
    const leads = [lead({ state: 'UT' }), lead(), lead({ state: null }), lead()];
    expect(filterValueSuggestions('state', leads)).toEqual(['CO', 'UT']);
    expect(filterValueSuggestions('custom:roof_type', leads)).toEqual(['tile']);
    expect(filterValueSuggestions('postal_prefix', leads)).toEqual([]);
  });

  it('offers every lead status the contract knows', () => {
    expect(filterValueSuggestions('status', [])).toEqual([...leadStatusSchema.options]);
    expect([...leadStatuses].sort()).toEqual([...leadStatusSchema.options].sort());
  });
});
