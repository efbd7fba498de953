import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJobDto, ImportPreview, RejectsPage, UploadDto } from '../../src/contracts/imports.ts';
import type { LeadDetail } from '../../src/contracts/leads.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient } from './support/demo-data.ts';
import { csvOf, importCsv, multipartBody } from './support/imports.ts';
import type { Api } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

const rejectsOf = async (api: Api, jobId: number, kind: string, query = '') =>
  api.get<RejectsPage>(`/api/imports/${jobId}/rejects?kind=${kind}${query}`);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let manager: Api;
    let managerId: number;
    let existing: { id: number; phone: string };

    const leadByPhone = (phone: string) =>
      t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'phones', 'custom_fields'])
        .where('client_id', '=', sunpeak.id)
        .where('phone', '=', phone)
        .executeTakeFirst();
    const notesOf = (leadId: number) =>
      t.deps.database.db
        .selectFrom('lead_notes')
        .select(['text', 'author_user_id'])
        .where('lead_id', '=', leadId)
        .execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      manager = await t.authed('manager@demo.test');
      const user = await t.deps.database.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'manager@demo.test')
        .executeTakeFirstOrThrow();
      managerId = user.id;
      existing = await t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'phone'])
        .where('client_id', '=', sunpeak.id)
        .orderBy('id')
        .executeTakeFirstOrThrow();
    });
    afterAll(() => t?.close());

    it('duplicates are listed page by page with the id of the lead each matched; in-file ones with none', async () => {
      const csv = csvOf([
        ['Name', 'Phone'],
        ['New One', '(646) 555-0711'],
        ['Known Lead', existing.phone],
        ['New Again', '646.555.0711'],
      ]);
      const job = (await importCsv(manager, sunpeak.id, 'Report dups', csv)).body;
      expect(job.counts).toMatchObject({ rows: 3, imported: 1, duplicates: 2 });
      const page = await rejectsOf(manager, job.id, 'duplicate');
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ kind: 'duplicate', total: 2, offset: 0 });
      expect(page.body.items).toEqual([
        expect.objectContaining({
          rowNumber: 3,
          field: 'phone',
          leadId: existing.id,
          code: 'DUPLICATE_EXISTING',
          params: { field: 'phone', value: existing.phone, leadId: String(existing.id) },
        }),
        expect.objectContaining({
          rowNumber: 4,
          field: 'phone',
          leadId: null,
          code: 'DUPLICATE_IN_FILE',
          params: { field: 'phone', value: '+16465550711', row: '2' },
        }),
      ]);
      const second = await rejectsOf(manager, job.id, 'duplicate', '&offset=1&limit=1');
      expect(second.body.items.map((i) => i.rowNumber)).toEqual([4]);
      expect(second.body.total).toBe(2);
    });

    it('a dry run counts what would be imported, lists its duplicates, and stores no lead', async () => {
      const csv = csvOf([
        ['Name', 'Phone'],
        ['Dry New', '(646) 555-0721'],
        ['Dry Known', existing.phone],
      ]);
      const job = (await importCsv(manager, sunpeak.id, 'Report dry', csv, { dryRun: 'true' })).body;
      expect(job).toMatchObject({ status: 'done', dryRun: true, list: null });
      expect(job.counts).toMatchObject({ rows: 2, imported: 1, duplicates: 1 });
      expect(await leadByPhone('+16465550721')).toBeUndefined();
      const page = await rejectsOf(manager, job.id, 'duplicate');
      expect(page.body.items).toEqual([expect.objectContaining({ rowNumber: 3, leadId: existing.id })]);
    });

    it('a UK number for a US client is imported with a PHONE_FOREIGN warning by default', async () => {
      const csv = csvOf([
        ['Name', 'Phone'],
        ['Uk Caller', '+44 20 7946 0958'],
      ]);
      const job = (await importCsv(manager, sunpeak.id, 'Report foreign warn', csv)).body;
      expect(job).toMatchObject({ foreignPhones: 'warn' });
      expect(job.counts).toMatchObject({ imported: 1, warnings: 1, invalid: 0 });
      expect(await leadByPhone('+442079460958')).toBeDefined();
      const warnings = await rejectsOf(manager, job.id, 'warning');
      expect(warnings.body.items).toEqual([
        expect.objectContaining({
          rowNumber: 2,
          field: 'phone',
          code: 'PHONE_FOREIGN',
          params: { phone: '+442079460958', phoneCountry: 'GB', country: 'US' },
          leadId: null,
        }),
      ]);
    });

    it('with foreignPhones=refuse the same row is refused with PHONE_FOREIGN_REFUSED and no lead', async () => {
      const csv = csvOf([
        ['Name', 'Phone'],
        ['Uk Refused', '+44 20 7946 0959'],
        ['Us Fine', '(646) 555-0731'],
      ]);
      const job = (
        await importCsv(manager, sunpeak.id, 'Report foreign refuse', csv, { foreignPhones: 'refuse' })
      ).body;
      expect(job).toMatchObject({ status: 'done', foreignPhones: 'refuse' });
      expect(job.counts).toMatchObject({ rows: 2, imported: 1, invalid: 1 });
      expect(job.errors).toEqual([
        expect.objectContaining({
          rowNumber: 2,
          code: 'PHONE_FOREIGN_REFUSED',
          params: { phone: '+442079460959', phoneCountry: 'GB', country: 'US' },
        }),
      ]);
      expect(await leadByPhone('+442079460959')).toBeUndefined();
      // The job keeps the setting: GET shows it too.
      expect((await manager.get<ImportJobDto>(`/api/imports/${job.id}`)).body.foreignPhones).toBe('refuse');
    });

    it('an unknown foreignPhones value is refused with 400 on that field', async () => {
      const csv = csvOf([
        ['Name', 'Phone'],
        ['X', '(646) 555-0732'],
      ]);
      const response = await importCsv(manager, sunpeak.id, 'Report foreign bad', csv, {
        foreignPhones: 'maybe',
      });
      expect(response.status).toBe(400);
      expect((response.body as unknown as { error: { field?: string } }).error.field).toBe('foreignPhones');
    });

    it('an extension is kept on the lead and shown by the lead API; the number dialled is without it', async () => {
      const csv = csvOf([
        ['Name', 'Phone'],
        ['Ext Person', '503-555-0741 ext 4'],
      ]);
      const job = (await importCsv(manager, sunpeak.id, 'Report ext', csv)).body;
      expect(job.counts).toMatchObject({ imported: 1, warnings: 0 });
      const lead = await leadByPhone('+15035550741');
      expect(lead).toBeDefined();
      const dto = await manager.get<LeadDetail>(`/api/leads/${lead?.id}`);
      expect(dto.status).toBe(200);
      expect(dto.body.lead.phone).toBe('+15035550741');
      expect(dto.body.lead.phones[0]).toMatchObject({ e164: '+15035550741', extension: '4' });
    });

    it('a "Roof Type" column joins the client’s existing roofType key: suggested in the check, stored there', async () => {
      const keys = await manager.get<{ keys: string[] }>(`/api/clients/${sunpeak.id}/custom-field-keys`);
      expect(keys.status).toBe(200);
      expect(keys.body.keys).toContain('roofType');
      const csv = csvOf([
        ['Name', 'Phone', 'Roof Type'],
        ['Roof Person', '(646) 555-0751', 'slate'],
      ]);
      const { payload, contentType } = await multipartBody(
        { clientId: String(sunpeak.id) },
        { name: 'roof.csv', content: csv },
      );
      const upload = await manager.request<UploadDto>({
        method: 'POST',
        url: '/api/imports/uploads',
        headers: { 'content-type': contentType },
        body: payload,
      });
      expect(upload.status).toBe(201);
      const preview = await manager.post<ImportPreview>(`/api/imports/uploads/${upload.body.id}/preview`, {});
      expect(preview.status).toBe(200);
      expect(preview.body.mapping['Roof Type']).toBe('custom:roofType');
      expect(preview.body.customFieldKeys).toContain('roofType');
      expect(preview.body.rows[0]?.lead?.customFields).toEqual({ roofType: 'slate' });
      // A job without a mapping joins the key too.
      const job = (await importCsv(manager, sunpeak.id, 'Report roof', csv)).body;
      expect(job.mapping['Roof Type']).toBe('custom:roofType');
      const lead = await leadByPhone('+16465550751');
      expect(JSON.parse(lead?.custom_fields ?? '{}')).toEqual({ roofType: 'slate' });
    });

    it('a notes column mapped to "note" becomes a note on the new lead, by the importing manager', async () => {
      const csv = csvOf([
        ['Name', 'Phone', 'Notes'],
        ['Note Person', '(646) 555-0761', 'Prefers mornings'],
      ]);
      const mapping = JSON.stringify({ Name: 'fullName', Phone: 'phone', Notes: 'note' });
      const job = (await importCsv(manager, sunpeak.id, 'Report notes', csv, { mapping })).body;
      expect(job.counts).toMatchObject({ imported: 1 });
      const lead = await leadByPhone('+16465550761');
      if (!lead) throw new Error('lead not imported');
      expect(JSON.parse(lead.custom_fields)).toEqual({});
      expect(await notesOf(lead.id)).toEqual([{ text: 'Prefers mornings', author_user_id: managerId }]);
    });

    it('with dedupe "fill", a duplicate row’s note is added to the existing lead', async () => {
      const csv = csvOf([
        ['Name', 'Phone', 'Notes'],
        ['Note Person', '(646) 555-0761', 'Asked for a quote in March'],
      ]);
      const mapping = JSON.stringify({ Name: 'fullName', Phone: 'phone', Notes: 'note' });
      const job = (
        await importCsv(manager, sunpeak.id, 'Report notes fill', csv, { mapping, dedupe: 'fill' })
      ).body;
      expect(job.counts).toMatchObject({ updated: 1, imported: 0 });
      const lead = await leadByPhone('+16465550761');
      const texts = (await notesOf(lead?.id ?? 0)).map((n) => n.text).sort();
      expect(texts).toEqual(['Asked for a quote in March', 'Prefers mornings']);
      // The same file again adds the note once.
      await importCsv(manager, sunpeak.id, 'Report notes fill again', csv, { mapping, dedupe: 'fill' });
      expect(await notesOf(lead?.id ?? 0)).toHaveLength(2);
    });

    it('a setter may not read an import’s rejects (403); an unknown import is 404', async () => {
      const csv = csvOf([
        ['Name', 'Phone'],
        ['Access', existing.phone],
      ]);
      const job = (await importCsv(manager, sunpeak.id, 'Report access', csv)).body;
      const setter = await t.authed('setter1@demo.test');
      expect((await rejectsOf(setter, job.id, 'duplicate')).status).toBe(403);
      expect((await rejectsOf(manager, 999_999, 'duplicate')).status).toBe(404);
    });
  });
}
