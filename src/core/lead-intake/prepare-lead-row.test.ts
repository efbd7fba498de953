import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ColumnTarget, suggestColumnMapping } from './column-mapping.ts';
import { findDuplicateKeys, type PreparedLead, prepareLeadRow } from './prepare-lead-row.ts';

const us = { defaultCountry: 'US' };

function prepared(
  values: Record<string, string>,
  mapping: Record<string, ColumnTarget>,
  defaultCountry = 'US',
) {
  const result = prepareLeadRow(7, values, mapping, { defaultCountry });
  if (!result.ok) throw new Error(`expected the row to be accepted: ${JSON.stringify(result.errors)}`);
  return result;
}

describe('prepareLeadRow', () => {
  it('a full US row', () => {
    const mapping = suggestColumnMapping([
      'First Name',
      'Last Name',
      'Phone',
      'Email',
      'Company',
      'State',
      'Zip',
    ]);
    const { lead, warnings } = prepared(
      {
        'First Name': ' John ',
        'Last Name': 'SMITH',
        Phone: '(212) 555-0100',
        Email: 'John@Example.com',
        Company: 'Acme  Inc.',
        State: 'new york',
        Zip: '10001-1234',
      },
      mapping,
    );
    expect(warnings).toEqual([]);
    expect(lead).toEqual<PreparedLead>({
      rowNumber: 7,
      firstName: 'John',
      lastName: 'SMITH',
      company: 'Acme Inc.',
      email: 'john@example.com',
      phone: '+12125550100',
      phones: [{ e164: '+12125550100', type: 'fixed_line_or_mobile', country: 'US' }],
      address: null,
      city: null,
      state: 'NY',
      postalCode: '10001',
      country: 'US',
      timeZone: null,
      source: null,
      customFields: {},
    });
  });

  it('a Serbian row: full name split, national numbers read in the row country, custom fields and note kept', () => {
    const headers = [
      'Ime i prezime',
      'Telefon',
      'Mobilni',
      'Država',
      'Poštanski broj',
      'Napomena',
      'Tip krova',
      'Prazno',
    ];
    const { lead } = prepared(
      {
        'Ime i prezime': 'Petar Đorđević',
        Telefon: '011 234 5678',
        Mobilni: '064 123 4567',
        Država: 'Srbija',
        'Poštanski broj': '11000',
        Napomena: ' zove posle 17h ',
        'Tip krova': 'crep',
        Prazno: '',
      },
      suggestColumnMapping(headers),
    );
    expect(lead).toMatchObject({
      firstName: 'Petar',
      lastName: 'Đorđević',
      phone: '+381112345678',
      phones: [
        { e164: '+381112345678', type: 'fixed_line', country: 'RS' },
        { e164: '+381641234567', type: 'mobile', country: 'RS' },
      ],
      country: 'RS',
      postalCode: '11000',
      customFields: { tip_krova: 'crep' },
      note: 'zove posle 17h',
    });
  });

  it('explicit first and last names win over the parts of a full name', () => {
    const mapping: Record<string, ColumnTarget> = { Name: 'fullName', First: 'firstName', Phone: 'phone' };
    const { lead } = prepared({ Name: 'Mary Ann Smith', First: 'Mary-Ann', Phone: '2125550100' }, mapping);
    expect([lead.firstName, lead.lastName]).toEqual(['Mary-Ann', 'Smith']);
  });

  it('a row without any phone is rejected on the phone field', () => {
    const result = prepareLeadRow(3, { Name: 'Ana', Phone: '  ' }, { Name: 'fullName', Phone: 'phone' }, us);
    expect(result).toEqual({
      ok: false,
      errors: [{ rowNumber: 3, field: 'phone', reason: 'No phone number' }],
    });
  });

  it('a row whose only phone is invalid is rejected, naming the raw value', () => {
    const result = prepareLeadRow(4, { Phone: '555-01' }, { Phone: 'phone' }, us);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          rowNumber: 4,
          field: 'phone',
          reason: 'No valid phone number: "555-01" is not a valid phone number (read as US)',
        },
      ],
    });
  });

  it('an invalid first phone with a valid second: accepted on the second, the first reported as a warning', () => {
    const { lead, warnings } = prepared({ P1: 'n/a', P2: '212 555 0101' }, { P1: 'phone', P2: 'phone2' });
    expect(lead.phone).toBe('+12125550101');
    expect(warnings).toEqual([
      {
        rowNumber: 7,
        field: 'phone',
        reason: '"n/a" is not a valid phone number (read as US); it was left out',
      },
    ]);
  });

  it('the same number twice is kept once', () => {
    const { lead } = prepared({ P1: '212-555-0100', P2: '+1 212 555 0100' }, { P1: 'phone', P2: 'phone2' });
    expect(lead.phones).toHaveLength(1);
  });

  it('a phone2 column listed before the phone column still comes second', () => {
    const { lead } = prepared(
      { Mobile: '212 555 0101', Phone: '212 555 0100' },
      { Mobile: 'phone2', Phone: 'phone' },
    );
    expect(lead.phones.map((p) => p.e164)).toEqual(['+12125550100', '+12125550101']);
  });

  it('an invalid email rejects the row on the email field, together with a phone error', () => {
    const result = prepareLeadRow(5, { Phone: '', Email: 'ana@' }, { Phone: 'phone', Email: 'email' }, us);
    expect(result).toEqual({
      ok: false,
      errors: [
        { rowNumber: 5, field: 'phone', reason: 'No phone number' },
        { rowNumber: 5, field: 'email', reason: '"ana@" is not a valid email address' },
      ],
    });
  });

  it('unreadable optional cells become warnings and null, the row is kept', () => {
    const mapping: Record<string, ColumnTarget> = {
      Phone: 'phone',
      State: 'state',
      Zip: 'postalCode',
      TZ: 'timeZone',
      Country: 'country',
    };
    const { lead, warnings } = prepared(
      { Phone: '2125550100', State: 'Ontario', Zip: 'ABC', TZ: 'EST', Country: 'Atlantis' },
      mapping,
    );
    expect([lead.state, lead.postalCode, lead.timeZone, lead.country]).toEqual([null, null, null, 'US']);
    expect(warnings.map((w) => w.field)).toEqual(['country', 'state', 'postalCode', 'timeZone']);
  });

  it('an explicit valid time zone is kept; the core never resolves one from postal code or phone', () => {
    const mapping: Record<string, ColumnTarget> = { Phone: 'phone', Zip: 'postalCode', TZ: 'timeZone' };
    expect(
      prepared({ Phone: '2125550100', Zip: '10001', TZ: 'america/chicago' }, mapping).lead.timeZone,
    ).toBe('America/Chicago');
    expect(prepared({ Phone: '2125550100', Zip: '10001', TZ: '' }, mapping).lead.timeZone).toBeNull();
  });

  it('a state outside the US is kept as written', () => {
    const mapping: Record<string, ColumnTarget> = { Phone: 'phone', State: 'state' };
    expect(prepared({ Phone: '064 123 4567', State: ' Vojvodina ' }, mapping, 'RS').lead.state).toBe(
      'Vojvodina',
    );
  });

  it('ignored columns and columns missing from the row are skipped', () => {
    const mapping: Record<string, ColumnTarget> = { Phone: 'phone', Secret: 'ignore', Gone: 'custom:gone' };
    const { lead } = prepared({ Phone: '2125550100', Secret: 'x' }, mapping);
    expect(lead.customFields).toEqual({});
  });

  it('never throws and accepted leads always have a primary E.164 phone (property)', () => {
    const mapping: Record<string, ColumnTarget> = {
      a: 'fullName',
      b: 'phone',
      c: 'phone2',
      d: 'email',
      e: 'state',
      f: 'postalCode',
      g: 'country',
      h: 'timeZone',
    };
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('2125550100', '+381641234567', 'a@b.co', 'CA', '07302'),
    );
    const row = fc.record({ a: cell, b: cell, c: cell, d: cell, e: cell, f: cell, g: cell, h: cell });
    fc.assert(
      fc.property(row, (values) => {
        const result = prepareLeadRow(2, values, mapping, us);
        if (!result.ok) return result.errors.length > 0 && result.errors.every((e) => e.rowNumber === 2);
        const { lead } = result;
        return /^\+\d{6,15}$/.test(lead.phone) && lead.phones[0]?.e164 === lead.phone;
      }),
    );
  });
});

describe('findDuplicateKeys', () => {
  it('every phone and the email', () => {
    const mapping: Record<string, ColumnTarget> = { P1: 'phone', P2: 'phone2', E: 'email' };
    const { lead } = prepared({ P1: '212 555 0100', P2: '212 555 0101', E: 'A@B.com' }, mapping);
    expect(findDuplicateKeys(lead)).toEqual(['phone:+12125550100', 'phone:+12125550101', 'email:a@b.com']);
  });

  it('a lead without email has only phone keys', () => {
    const { lead } = prepared({ P: '212 555 0100' }, { P: 'phone' });
    expect(findDuplicateKeys(lead)).toEqual(['phone:+12125550100']);
  });

  it('the same number typed two ways gives the same key', () => {
    const a = prepared({ P: '(212) 555-0100' }, { P: 'phone' }).lead;
    const b = prepared({ P: '+1 212.555.0100' }, { P: 'phone' }).lead;
    expect(findDuplicateKeys(a)).toEqual(findDuplicateKeys(b));
  });
});
