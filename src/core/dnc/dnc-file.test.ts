import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../lead-intake/phone.ts';
import { collectDncNumbers, type DncSheetRow, dncPhoneColumn, readDncRow } from './dnc-file.ts';

async function* rowsOf(rows: readonly DncSheetRow[]): AsyncGenerator<DncSheetRow> {
  for (const row of rows) yield row;
}

/** Rows of a one-column file under the header, numbered as a spreadsheet shows them. */
const sheet = (headers: string[], cells: readonly Record<string, string>[]) => ({
  headers,
  rows: rowsOf(cells.map((values, i) => ({ rowNumber: i + 2, values }))),
});

describe('dncPhoneColumn', () => {
  it.each([
    ['the first column named as a phone', ['Name', 'Phone Number', 'Mobile'], 'Phone Number'],
    ['a Serbian header', ['Ime', 'Telefon'], 'Telefon'],
    ['no phone header: the first column', ['Number', 'Added'], 'Number'],
    ['a header-less registry file: the first column', ['2125550100'], '2125550100'],
    ['a "Phone Type" column is not the number', ['Phone Type', 'Cell'], 'Cell'],
  ])('%s', (_title, headers, expected) => {
    expect(dncPhoneColumn(headers)).toBe(expected);
  });

  it('an empty header has no column', () => {
    expect(dncPhoneColumn([])).toBeUndefined();
  });
});

describe('readDncRow', () => {
  const read = (values: Record<string, string>, error?: string) =>
    readDncRow({ rowNumber: 5, values, ...(error ? { error } : {}) }, 'Phone', 'US', normalizePhone);

  it('a national number is read in the default country, in E.164', () => {
    expect(read({ Phone: '(212) 555-0100' })).toEqual({ ok: true, phone: '+12125550100' });
  });

  it('a number with its own country code keeps it', () => {
    expect(read({ Phone: '+381 64 123 4567' })).toEqual({ ok: true, phone: '+381641234567' });
  });

  it.each([
    ['a too-short number', { Phone: '12345' }, undefined, /not a valid phone number/],
    ['an empty cell in a row with other cells', { Phone: '', Note: 'x' }, undefined, /empty/],
    ['a row with more values than the header', { Phone: '2125550100' }, 'Row 5 has 3 values', /3 values/],
  ])('%s is refused with its row number', (_title, values, error, reason) => {
    const outcome = read(values, error);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error).toMatchObject({ rowNumber: 5, field: 'phone' });
      expect(outcome.error.reason).toMatch(reason);
    }
  });
});

describe('collectDncNumbers', () => {
  it('keeps each number once however it is written and counts every bad row', async () => {
    const found = await collectDncNumbers(
      sheet(
        ['Phone'],
        [
          { Phone: '212-555-0100' },
          { Phone: '+1 (212) 555 0100' },
          { Phone: 'n/a' },
          { Phone: '3125550101' },
        ],
      ),
      'US',
      normalizePhone,
    );
    expect([...found.phones]).toEqual(['+12125550100', '+13125550101']);
    expect(found).toMatchObject({ rows: 4, invalid: 1 });
    expect(found.errors).toEqual([expect.objectContaining({ rowNumber: 4, field: 'phone' })]);
  });

  it('a header-less file loses not its first number: the header line is row 1', async () => {
    const found = await collectDncNumbers(
      sheet(['2125550100'], [{ '2125550100': '3125550101' }]),
      'US',
      normalizePhone,
    );
    expect([...found.phones]).toEqual(['+12125550100', '+13125550101']);
    expect(found.rows).toBe(2);
  });

  it('reports the first errors only, but counts them all', async () => {
    const bad = Array.from({ length: 5 }, () => ({ Phone: '1' }));
    const found = await collectDncNumbers(sheet(['Phone'], bad), 'US', normalizePhone, 2);
    expect(found.invalid).toBe(5);
    expect(found.errors.map((e) => e.rowNumber)).toEqual([2, 3]);
  });

  it('every row is counted once: valid or invalid; a number written many ways is one entry', async () => {
    const cell = fc.oneof(
      fc.constantFrom('212-555-0100', '(212) 555 0100', '+13125550101', '312.555.0101', '415 555 0102'),
      fc.constantFrom('', '12', 'not a number'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 30 }), async (cells) => {
        const found = await collectDncNumbers(
          sheet(
            ['Phone', 'Note'],
            cells.map((Phone) => ({ Phone, Note: 'x' })),
          ),
          'US',
          normalizePhone,
        );
        const valid = cells.filter((c) => normalizePhone(c, 'US').ok);
        expect(found.rows).toBe(cells.length);
        expect(found.invalid).toBe(cells.length - valid.length);
        expect(found.phones.size).toBeLessThanOrEqual(3);
        expect(found.phones.size).toBe(new Set(valid.map((c) => c.replace(/\D/g, '').slice(-10))).size);
      }),
      { numRuns: 100 },
    );
  });
});
