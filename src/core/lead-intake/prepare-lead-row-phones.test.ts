import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ColumnTarget, suggestColumnMapping } from './column-mapping.ts';
import { createPhoneNormalizer, type PhoneResult } from './phone.ts';
import { prepareLeadRow } from './prepare-lead-row.ts';

// 200,000 typical 12-column US rows (first, last, email, phone, mobile on a third of the rows,
// company, address, city, state, ZIP, source, one custom), CPU time of one core, Node 20:
// before ≈ 19,000 rows/s (phones through the library); after 170,000–200,000 rows/s with
// `normalizePhone: createPhoneNormalizer()` (the old row code with that normalizer: 74,000–88,000).

describe('prepareLeadRow with several phone columns', () => {
  const headers = ['Name', 'Phone', 'Mobile', 'Home Phone', 'Other Phone', 'Lead Status'];
  const mapping = suggestColumnMapping(headers);

  it('a third and fourth phone column are phones of the lead, in column order', () => {
    const result = prepareLeadRow(
      2,
      {
        Name: 'Ana Perić',
        Phone: '303-555-0100',
        Mobile: '303-555-0101',
        'Home Phone': '(303) 555-0102',
        'Other Phone': '+1 303 555 0103',
        'Lead Status': ' Open ',
      },
      mapping,
      { defaultCountry: 'US' },
    );
    if (!result.ok) throw new Error('expected the row to be accepted');
    expect(result.lead.phones.map((p) => p.e164)).toEqual([
      '+13035550100',
      '+13035550101',
      '+13035550102',
      '+13035550103',
    ]);
    expect(result.lead.customFields).toEqual({ lead_status: 'Open' });
  });

  it('a malformed fourth phone is a phone2 warning; the row keeps the others', () => {
    const values = { Name: 'Ana', Phone: '303-555-0100', Mobile: '', 'Home Phone': '303-555-0102' };
    const result = prepareLeadRow(3, { ...values, 'Other Phone': 'n/a' }, mapping, { defaultCountry: 'US' });
    if (!result.ok) throw new Error('expected the row to be accepted');
    expect(result.lead.phones).toHaveLength(2);
    expect(result.warnings).toEqual([
      {
        rowNumber: 3,
        field: 'phone2',
        reason: '"n/a" is not a valid phone number (read as US); it was left out',
      },
    ]);
  });
});

describe('prepareLeadRow with a phone normalizer', () => {
  it('reads every phone cell through the given normalizer, with the row country', () => {
    const calls: [string, string][] = [];
    const normalizePhone = (raw: string, country: string): PhoneResult => {
      calls.push([raw, country]);
      return { ok: true, value: { e164: '+15550000000', type: 'unknown', country: 'US' } };
    };
    const mapping: Record<string, ColumnTarget> = { P: 'phone', M: 'phone2', C: 'country' };
    const result = prepareLeadRow(2, { P: 'a', M: 'b', C: 'Srbija' }, mapping, {
      defaultCountry: 'US',
      normalizePhone,
    });
    expect(calls).toEqual([
      ['a', 'RS'],
      ['b', 'RS'],
    ]);
    expect(result.ok && result.lead.phone).toBe('+15550000000');
  });

  it('gives the same result as without one (property)', () => {
    const normalizePhone = createPhoneNormalizer({ cacheSize: 100 });
    const mapping: Record<string, ColumnTarget> = {
      a: 'fullName',
      b: 'phone',
      c: 'phone2',
      d: 'phone2',
      e: 'email',
      f: 'state',
      g: 'postalCode',
      h: 'country',
      i: 'custom:notes',
    };
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '(303) 555-0123',
        '+1 876 210 1234',
        '1-416-555-0123',
        '064 123 4567',
        '+44 20 7946 0018',
      ),
      fc.constantFrom('a@b.co', 'Ana Perić', 'CA', 'new york', '07302', '10001-1234', 'Srbija', 'Canada', ''),
    );
    const row = fc.record({
      a: cell,
      b: cell,
      c: cell,
      d: cell,
      e: cell,
      f: cell,
      g: cell,
      h: cell,
      i: cell,
    });
    fc.assert(
      fc.property(row, fc.constantFrom('US', 'RS', 'CA'), (values, defaultCountry) => {
        expect(prepareLeadRow(9, values, mapping, { defaultCountry, normalizePhone })).toEqual(
          prepareLeadRow(9, values, mapping, { defaultCountry }),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
