import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClassifyContext,
  classifyRows,
  type ExistingLead,
  prepareRows,
  type SourceRow,
} from './classify-rows.ts';
import type { TimeZoneResolver } from './resolve-time-zones.ts';

const zones: TimeZoneResolver = {
  byPostalCode: (_country, zip) =>
    zip.startsWith('8') ? ['America/Denver'] : zip.startsWith('1') ? ['America/New_York'] : [],
  byPhone: (e164) =>
    e164.startsWith('+1303') ? ['America/Denver'] : e164.startsWith('+1646') ? ['America/New_York'] : [],
  stateByPostalCode: (_country, zip) => (zip.startsWith('8') ? 'CO' : null),
};
const mapping = {
  Name: 'fullName',
  Phone: 'phone',
  Email: 'email',
  Zip: 'postalCode',
  Company: 'company',
} as const;

const rows = (cells: Record<string, string>[]): SourceRow[] =>
  cells.map((values, i) => ({ rowNumber: i + 2, values }));

function context(overrides: Partial<ClassifyContext> = {}): ClassifyContext {
  return {
    dedupe: 'skip',
    listId: 7,
    timeZones: zones,
    existing: new Map(),
    dnc: new Set(),
    taken: new Map(),
    touched: new Set(),
    ...overrides,
  };
}

const stored: ExistingLead = {
  id: 41,
  listId: 3,
  phone: '+13035550100',
  phones: [{ e164: '+13035550100', type: 'fixed_line_or_mobile' }],
  firstName: 'Ana',
  lastName: 'Old',
  company: null,
  email: 'ana@example.com',
  address: null,
  city: null,
  state: null,
  postalCode: null,
  customFields: {},
};

describe('classifyRows', () => {
  const file = rows([
    { Name: 'Ana New', Phone: '(303) 555-0100', Email: '', Zip: '80202', Company: 'Acme' },
    { Name: 'Bo Fresh', Phone: '646-555-0101', Email: 'bo@example.com', Zip: '80202', Company: '' },
    { Name: 'Bo Again', Phone: '646-555-0102', Email: 'BO@example.com', Zip: '', Company: '' },
    { Name: 'No Phone', Phone: '12', Email: '', Zip: '', Company: '' },
  ]);

  it.each([
    ['skip', ['duplicate', 'insert', 'duplicate', 'invalid']],
    ['fill', ['update', 'insert', 'duplicate', 'invalid']],
    ['overwrite', ['update', 'insert', 'duplicate', 'invalid']],
  ] as const)(
    'dedupe %s: an existing lead is skipped or updated; a second row with the same email is a duplicate of the first',
    (dedupe, kinds) => {
      const ctx = context({ dedupe, existing: new Map([['phone:+13035550100', stored]]) });
      const outcomes = classifyRows(prepareRows(file, mapping, { defaultCountry: 'US' }), ctx);
      expect(outcomes.map((o) => o.kind)).toEqual(kinds);
      expect(outcomes[2]).toMatchObject({ kind: 'duplicate', field: 'email', reason: 'Same email as row 3' });
    },
  );

  it('fill writes only empty fields; overwrite replaces names too; the place is recomputed from a new postal code', () => {
    const existing = new Map([['phone:+13035550100', stored]]);
    const prepared = prepareRows(file.slice(0, 1), mapping, { defaultCountry: 'US' });
    const [fill] = classifyRows(prepared, context({ dedupe: 'fill', existing }));
    expect(fill).toMatchObject({
      kind: 'update',
      leadId: 41,
      changes: { company: 'Acme', postalCode: '80202' },
    });
    expect(fill?.kind === 'update' ? fill.changes.firstName : 'not an update').toBeUndefined();
    expect(fill?.kind === 'update' && fill.place).toMatchObject({
      primaryTimeZone: 'America/Denver',
      state: 'CO',
    });
    const [overwrite] = classifyRows(prepared, context({ dedupe: 'overwrite', existing: new Map(existing) }));
    expect(overwrite).toMatchObject({
      kind: 'update',
      changes: { lastName: 'New', company: 'Acme' },
    });
  });

  it('a row matching a lead of this same import (an earlier batch) is a duplicate whatever the policy', () => {
    const own = { ...stored, listId: 7 };
    const [outcome] = classifyRows(
      prepareRows(file.slice(0, 1), mapping, { defaultCountry: 'US' }),
      context({ dedupe: 'overwrite', existing: new Map([['phone:+13035550100', own]]) }),
    );
    expect(outcome).toMatchObject({
      kind: 'duplicate',
      leadId: 41,
      reason: expect.stringContaining('earlier row of this file'),
    });
  });

  it('a do-not-call number is inserted flagged; disagreeing sources are flagged as a conflict and the state comes from the ZIP', () => {
    const [outcome] = classifyRows(
      prepareRows(file.slice(1, 2), mapping, { defaultCountry: 'US' }),
      context({ dnc: new Set(['+16465550101']) }),
    );
    expect(outcome).toMatchObject({
      kind: 'insert',
      lead: { onDncList: true, timeZoneConflict: true, state: 'CO', primaryTimeZone: 'America/Denver' },
    });
  });

  it('a broken row of the file (more cells than the header) is invalid with its reason', () => {
    const broken: SourceRow = { rowNumber: 9, values: {}, error: 'Row 9 has 7 values; the header has 5' };
    expect(classifyRows(prepareRows([broken], mapping, { defaultCountry: 'US' }), context())).toEqual([
      {
        kind: 'invalid',
        rowNumber: 9,
        errors: [{ rowNumber: 9, field: 'row', reason: 'Row 9 has 7 values; the header has 5' }],
      },
    ]);
  });

  it('property: whatever the rows, batch size and policy, no two inserted leads share a phone or email, every row gets one outcome, and the batch size changes nothing', () => {
    const cell = fc.record({
      line: fc.integer({ min: 100, max: 115 }),
      second: fc.option(fc.integer({ min: 100, max: 115 }), { nil: null }),
      email: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
      valid: fc.boolean(),
    });
    const mapping2 = { ...mapping, Mobile: 'phone2' } as const;
    const run = (file: SourceRow[], size: number, dedupe: 'skip' | 'fill' | 'overwrite') => {
      const db = new Map<string, ExistingLead>();
      const inserted: { row: number; phone: string; email: string | null }[] = [];
      let outcomes = 0;
      for (let at = 0; at < file.length; at += size) {
        // Each batch sees the leads committed by the earlier ones, as the database does.
        const batch = classifyRows(
          prepareRows(file.slice(at, at + size), mapping2, { defaultCountry: 'US' }),
          context({ dedupe, existing: new Map(db) }),
        );
        outcomes += batch.length;
        for (const o of batch) {
          if (o.kind !== 'insert') continue;
          inserted.push({ row: o.lead.rowNumber, phone: o.lead.phone, email: o.lead.email });
          const lead = {
            ...stored,
            id: 1000 + inserted.length,
            listId: 7,
            phone: o.lead.phone,
            email: o.lead.email,
          };
          db.set(`phone:${o.lead.phone}`, lead);
          if (o.lead.email) db.set(`email:${o.lead.email}`, lead);
        }
      }
      return { inserted, outcomes };
    };
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 60 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom('skip', 'fill', 'overwrite'),
        (cells, size, dedupe) => {
          const file = rows(
            cells.map((c) => ({
              Name: 'X Y',
              Phone: c.valid ? `303 555 0${c.line}` : 'x',
              Mobile: c.second === null ? '' : `303 555 0${c.second}`,
              Email: c.email === null ? '' : `p${c.email}@example.com`,
              Zip: '',
              Company: '',
            })),
          );
          const { inserted, outcomes } = run(file, size, dedupe);
          expect(outcomes).toBe(file.length);
          expect(new Set(inserted.map((l) => l.phone)).size).toBe(inserted.length);
          const emails = inserted.flatMap((l) => (l.email ? [l.email] : []));
          expect(new Set(emails).size).toBe(emails.length);
          expect(run(file, file.length + 1, dedupe).inserted).toEqual(inserted);
        },
      ),
      { numRuns: 300 },
    );
  });
});
