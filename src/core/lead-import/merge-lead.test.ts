import { describe, expect, it } from 'vitest';
import { type MergeableLead, mergeLead } from './merge-lead.ts';

const stored: MergeableLead = {
  firstName: 'Ana',
  lastName: '',
  company: null,
  email: 'ana@example.com',
  phones: [{ e164: '+13035550100', type: 'mobile' }],
  address: null,
  city: 'Denver',
  state: 'CO',
  postalCode: null,
  customFields: { roof: 'tile' },
};
const row = {
  firstName: 'Anna',
  lastName: 'Kovač',
  company: 'Acme',
  email: null,
  phones: [
    { e164: '+13035550100', type: 'mobile' as const, country: 'US' },
    { e164: '+13035550199', type: 'fixed_line' as const, country: 'US' },
  ],
  address: null,
  city: 'Boulder',
  state: 'CO',
  postalCode: '80301',
  customFields: { roof: 'metal', budget: '20k' },
};

describe('mergeLead', () => {
  it('fill writes only empty fields and missing custom keys; phones are added after the dialled one', () => {
    expect(mergeLead(stored, row, 'fill')).toEqual({
      lastName: 'Kovač',
      company: 'Acme',
      postalCode: '80301',
      phones: [
        { e164: '+13035550100', type: 'mobile' },
        { e164: '+13035550199', type: 'fixed_line' },
      ],
      customFields: { roof: 'tile', budget: '20k' },
    });
  });

  it('overwrite replaces what the row has, but an empty cell never erases stored data (email stays)', () => {
    const changes = mergeLead(stored, row, 'overwrite');
    expect(changes).toMatchObject({
      firstName: 'Anna',
      city: 'Boulder',
      customFields: { roof: 'metal', budget: '20k' },
    });
    expect(changes).not.toHaveProperty('email');
    expect(changes).not.toHaveProperty('state');
  });

  it('a row with nothing new changes nothing', () => {
    const same = {
      ...row,
      firstName: 'Ana',
      lastName: '',
      company: null,
      city: 'Denver',
      postalCode: null,
      phones: [row.phones[0] ?? row.phones[1]].filter((p) => p !== undefined),
      customFields: {},
    };
    expect(mergeLead(stored, same, 'overwrite')).toEqual({});
  });
});
