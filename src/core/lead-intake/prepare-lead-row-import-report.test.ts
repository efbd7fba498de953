import { describe, expect, it } from 'vitest';
import type { ColumnTarget } from './column-mapping.ts';
import { maxNoteLength, prepareLeadRow } from './prepare-lead-row.ts';

const mapping: Record<string, ColumnTarget> = {
  Name: 'fullName',
  Phone: 'phone',
  Mobile: 'phone2',
  Notes: 'note',
};

const prepare = (values: Record<string, string>, foreignPhones?: 'warn' | 'refuse') =>
  prepareLeadRow(4, values, mapping, { defaultCountry: 'US', ...(foreignPhones ? { foreignPhones } : {}) });

describe('prepareLeadRow: foreign phones', () => {
  it('a UK number for a US client is kept with a PHONE_FOREIGN warning by default', () => {
    const result = prepare({ Name: 'Ann Lee', Phone: '+44 20 7946 0958' });
    if (!result.ok) throw new Error('expected the row to be accepted');
    expect(result.lead.phone).toBe('+442079460958');
    expect(result.warnings).toEqual([
      {
        rowNumber: 4,
        field: 'phone',
        reason: '+442079460958 is a number of GB, not of US',
        code: 'PHONE_FOREIGN',
        params: { phone: '+442079460958', phoneCountry: 'GB', country: 'US' },
      },
    ]);
  });

  it('refused, a row whose only phone is foreign is invalid with PHONE_FOREIGN_REFUSED', () => {
    const result = prepare({ Name: 'Ann Lee', Phone: '+44 20 7946 0958' }, 'refuse');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ field: 'phone', code: 'PHONE_FOREIGN_REFUSED' });
    expect(result.errors[0]?.params).toEqual({ phone: '+442079460958', phoneCountry: 'GB', country: 'US' });
  });

  it('refused, a foreign second phone is left out and the row keeps its US phone', () => {
    const result = prepare({ Name: 'Ann Lee', Phone: '212-555-0100', Mobile: '+44 20 7946 0958' }, 'refuse');
    if (!result.ok) throw new Error('expected the row to be accepted');
    expect(result.lead.phones.map((p) => p.e164)).toEqual(['+12125550100']);
    expect(result.warnings).toEqual([
      expect.objectContaining({ field: 'phone2', code: 'PHONE_FOREIGN_LEFT_OUT' }),
    ]);
  });

  it('a Canadian number for a US client is not foreign (both +1)', () => {
    const result = prepare({ Name: 'Ann Lee', Phone: '+1 416 555 0123' }, 'refuse');
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('the row’s own country decides: a +381 number is not foreign on a row of Serbia', () => {
    const withCountry = prepareLeadRow(
      5,
      { Name: 'Ana Perić', Phone: '+381 64 123 4567', Country: 'Serbia' },
      { ...mapping, Country: 'country' },
      { defaultCountry: 'US', foreignPhones: 'refuse' },
    );
    expect(withCountry.ok).toBe(true);
    if (withCountry.ok) expect(withCountry.warnings.filter((w) => w.code !== undefined)).toEqual([]);
  });
});

describe('prepareLeadRow: extensions and notes', () => {
  it('an extension is kept beside the number dialled', () => {
    const result = prepare({ Name: 'Ann Lee', Phone: '503-555-0121 ext 4' });
    if (!result.ok) throw new Error('expected the row to be accepted');
    expect(result.lead.phone).toBe('+15035550121');
    expect(result.lead.phones[0]).toMatchObject({ e164: '+15035550121', extension: '4' });
  });

  it('a notes column becomes the lead’s note, line breaks kept, not a custom field', () => {
    const result = prepare({
      Name: 'Ann Lee',
      Phone: '212-555-0100',
      Notes: '  Call after 5pm.\r\nHas a dog.  ',
    });
    if (!result.ok) throw new Error('expected the row to be accepted');
    expect(result.lead.note).toBe('Call after 5pm.\nHas a dog.');
    expect(result.lead.customFields).toEqual({});
  });

  it('an empty notes cell gives no note at all', () => {
    const result = prepare({ Name: 'Ann Lee', Phone: '212-555-0100', Notes: '   ' });
    expect(result.ok && 'note' in result.lead).toBe(false);
  });

  it('a note longer than a lead takes is cut, with a warning', () => {
    const result = prepare({ Name: 'Ann Lee', Phone: '212-555-0100', Notes: 'x'.repeat(maxNoteLength + 10) });
    if (!result.ok) throw new Error('expected the row to be accepted');
    expect(result.lead.note).toHaveLength(maxNoteLength);
    expect(result.warnings).toEqual([expect.objectContaining({ field: 'note' })]);
  });
});
