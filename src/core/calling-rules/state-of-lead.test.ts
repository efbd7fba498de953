import { describe, expect, it } from 'vitest';
import { type LeadPlaceFields, type LeadStateLookups, leadState } from './state-of-lead.ts';

const lookups: LeadStateLookups = {
  stateByPostalCode: (country, postal) =>
    country === 'US' && postal.startsWith('331') ? 'FL' : postal === '09001' ? 'AE' : null,
  stateByPhone: (e164) => (e164.startsWith('+1212') ? 'NY' : e164.startsWith('+1214') ? 'TX' : null),
};
const lead = (fields: Partial<LeadPlaceFields>): LeadPlaceFields => ({
  state: null,
  postalCode: null,
  country: 'US',
  phone: null,
  ...fields,
});

describe('leadState', () => {
  it.each([
    [
      'the state field wins over postal code and phone',
      { state: 'tx', postalCode: '33101', phone: '+12125550100' },
      'TX',
      'field',
    ],
    ['a state name in the field', { state: 'Louisiana' }, 'LA', 'field'],
    ['no field: the postal code', { postalCode: '33101', phone: '+12125550100' }, 'FL', 'postal_code'],
    [
      'no field, unknown postal code: the area code',
      { postalCode: '99999', phone: '+12125550100' },
      'NY',
      'phone',
    ],
    [
      'a Canadian province in the field is passed over for the phone',
      { state: 'Ontario', phone: '+12145550100' },
      'TX',
      'phone',
    ],
    ['a blank field counts as none', { state: '  ', phone: '+12145550100' }, 'TX', 'phone'],
    [
      'a missing country reads the postal code as a US ZIP',
      { country: null, postalCode: '33101' },
      'FL',
      'postal_code',
    ],
    [
      'a Canadian postal code names no state',
      { country: 'CA', postalCode: '33101', phone: '+12145550100' },
      'TX',
      'phone',
    ],
    ['a military mail region is no state', { postalCode: '09001' }, null, null],
    ['nothing known', { phone: '+14165550100' }, null, null],
  ] as const)('%s', (_title, fields, state, source) => {
    expect(leadState(lead(fields), lookups)).toEqual({ state, source });
  });
});
