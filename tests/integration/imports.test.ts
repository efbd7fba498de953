import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDto } from '../../src/contracts/campaigns.ts';
import type { ImportJobDto, LeadListDto } from '../../src/contracts/imports.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient } from './support/demo-data.ts';
import { csvOf, importCsv, multipartBody } from './support/imports.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

const header = ['Name', 'Phone', 'Email', 'Postal Code', 'Company'];

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let manager: Api;
    let existingPhone: string;
    let imported: ImportJobDto;
    let listId: number;
    const listsOf = async (clientId: number) =>
      (await manager.get<{ lists: LeadListDto[] }>(`/api/lists?clientId=${clientId}`)).body.lists;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      manager = await t.authed('manager@demo.test');
      const lead = await t.deps.database.db
        .selectFrom('leads')
        .select('phone')
        .where('client_id', '=', sunpeak.id)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      existingPhone = lead.phone;
    });
    afterAll(() => t?.close());

    it('a CSV import job reports the imported count and each bad row’s number and field', async () => {
      const csv = csvOf([
        header,
        ['Grace Hopper', '(212) 555-0301', 'grace@example.com', '10001', 'Navy'],
        ['Alan Turing', '312-555-0302', 'alan@example.com', '60601', 'Bletchley'],
        ['Bad Number', '12345', 'bad@example.com', '10001', 'Nowhere'],
        ['Grace Again', '212.555.0301', 'grace2@example.com', '10001', 'Navy'],
        ['Already There', existingPhone, 'there@example.com', '10001', 'Acme'],
        ['Ada Lovelace', '+1 415 555 0303', 'ada@example.com', '94103', 'Engines'],
      ]);
      const response = await importCsv(manager, sunpeak.id, 'Trade show June', csv);
      expect(response.status).toBe(200);
      imported = response.body;
      expect(imported.status).toBe('done');
      expect(imported.counts).toMatchObject({ rows: 6, imported: 3, invalid: 1, duplicates: 2, dnc: 0 });
      // The header is line 1, so the third data row is row 4.
      expect(imported.errors).toEqual([expect.objectContaining({ rowNumber: 4, field: 'phone' })]);
      expect(imported.list).toMatchObject({ name: 'Trade show June', status: 'ready' });
      listId = imported.list?.id ?? 0;
      expect((await listsOf(sunpeak.id)).find((l) => l.id === listId)).toMatchObject({
        rowCount: 3,
        status: 'ready',
      });
      expect(imported.mapping).toMatchObject({
        Name: 'fullName',
        Phone: 'phone',
        'Postal Code': 'postalCode',
      });
      const leads = await t.deps.database.db
        .selectFrom('leads')
        .select(['phone', 'time_zone', 'status'])
        .where('list_id', '=', listId)
        .orderBy('phone')
        .execute();
      expect(leads).toEqual([
        { phone: '+12125550301', time_zone: 'America/New_York', status: 'new' },
        { phone: '+13125550302', time_zone: 'America/Chicago', status: 'new' },
        { phone: '+14155550303', time_zone: 'America/Los_Angeles', status: 'new' },
      ]);
    });

    it('a file without a phone column fails its job on the mapping and creates no list', async () => {
      const before = await listsOf(sunpeak.id);
      const csv = csvOf([
        ['Name', 'Email'],
        ['No Phone', 'nophone@example.com'],
      ]);
      const response = await importCsv(manager, sunpeak.id, 'Phoneless', csv);
      expect(response.body).toMatchObject({ status: 'failed', list: null });
      expect(response.body.error).toMatchObject({ field: 'mapping' });
      expect(response.body.error?.message).toMatch(/phone column/);
      expect(await listsOf(sunpeak.id)).toEqual(before);
    });

    it('importing the same file twice adds no lead the second time: every row is a duplicate', async () => {
      const csv = csvOf([header, ['Twice Twice', '(646) 555-0411', 'twice@example.com', '10001', 'Echo']]);
      const first = await importCsv(manager, sunpeak.id, 'Twice 1', csv);
      const second = await importCsv(manager, sunpeak.id, 'Twice 2', csv);
      expect(first.body.counts).toMatchObject({ imported: 1, duplicates: 0 });
      expect(second.body.counts).toMatchObject({ imported: 0, duplicates: 1 });
      const count = await t.deps.database.db
        .selectFrom('leads')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('client_id', '=', sunpeak.id)
        .where('phone', '=', '+16465550411')
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(1);
    });

    it('dedupe "fill" completes empty fields of an existing lead and "overwrite" replaces them; the status stays', async () => {
      const seed = csvOf([
        ['Name', 'Phone', 'Company'],
        ['Filly Mare', '(646) 555-0421', ''],
      ]);
      await importCsv(manager, sunpeak.id, 'Fill seed', seed);
      const again = csvOf([
        ['Name', 'Phone', 'Company', 'City'],
        ['Filly Changed', '(646) 555-0421', 'Stable Inc', 'Albany'],
      ]);
      const filled = await importCsv(manager, sunpeak.id, 'Fill again', again, { dedupe: 'fill' });
      expect(filled.body.counts).toMatchObject({ imported: 0, updated: 1 });
      const lead = () =>
        t.deps.database.db
          .selectFrom('leads')
          .select(['first_name', 'company', 'city', 'status'])
          .where('client_id', '=', sunpeak.id)
          .where('phone', '=', '+16465550421')
          .executeTakeFirstOrThrow();
      expect(await lead()).toEqual({
        first_name: 'Filly',
        company: 'Stable Inc',
        city: 'Albany',
        status: 'new',
      });
      const overwritten = await importCsv(manager, sunpeak.id, 'Overwrite', again, { dedupe: 'overwrite' });
      expect(overwritten.body.counts).toMatchObject({ updated: 1 });
      expect(await lead()).toMatchObject({ first_name: 'Filly', company: 'Stable Inc' });
      const renamed = csvOf([
        ['First Name', 'Phone'],
        ['Philly', '(646) 555-0421'],
      ]);
      await importCsv(manager, sunpeak.id, 'Rename', renamed, { dedupe: 'overwrite' });
      expect(await lead()).toMatchObject({ first_name: 'Philly', company: 'Stable Inc', city: 'Albany' });
    });

    it('a dry run reports what would happen and stores no lead and no list', async () => {
      const before = await listsOf(sunpeak.id);
      const csv = csvOf([
        header,
        ['Dry Run', '(646) 555-0431', 'dry@example.com', '10001', 'Dry'],
        ['Dry Dup', '646-555-0431', '', '', ''],
      ]);
      const response = await importCsv(manager, sunpeak.id, 'Dry', csv, { dryRun: 'true' });
      expect(response.body).toMatchObject({ status: 'done', dryRun: true, list: null });
      expect(response.body.counts).toMatchObject({ rows: 2, imported: 1, duplicates: 1 });
      expect(await listsOf(sunpeak.id)).toEqual(before);
      const stored = await t.deps.database.db
        .selectFrom('leads')
        .select('id')
        .where('phone', '=', '+16465550431')
        .execute();
      expect(stored).toEqual([]);
    });

    it('rejected rows download as CSV with row, column, reason and the row’s cells', async () => {
      const response = await manager.request<string>({
        method: 'GET',
        url: `/api/imports/${imported.id}/rejects.csv?kind=invalid`,
      });
      expect(response.status).toBe(200);
      const text = response.body;
      expect(text).toContain('Row,Column,Reason,Lead,Name,Phone,Email,Postal Code,Company');
      expect(text).toMatch(/4,phone,.*12345/);
      const duplicates = await manager.request<string>({
        method: 'GET',
        url: `/api/imports/${imported.id}/rejects.csv?kind=duplicate`,
      });
      expect(duplicates.body).toMatch(/5,phone,Same phone as row 2/);
    });

    it('a broken file (unclosed quote) fails with its row and leaves no list and no lead behind', async () => {
      const before = await listsOf(sunpeak.id);
      const rows = Array.from(
        { length: 4500 },
        (_, i) => `Person ${i},(646) 7${String(i).padStart(6, '0')},,10001,`,
      );
      const csv = `${header.join(',')}\n${rows.join('\n')}\n"Broken, (646) 555-0499,,10001,\n`;
      const response = await importCsv(manager, sunpeak.id, 'Broken', csv);
      expect(response.body.status).toBe('failed');
      expect(response.body.error?.message).toMatch(/4502/);
      expect(await listsOf(sunpeak.id)).toEqual(before);
      const stored = await t.deps.database.db
        .selectFrom('leads')
        .select('id')
        .where('phone', '=', '+16467000001')
        .execute();
      expect(stored).toEqual([]);
    });

    it('an upload without clientId is 400 on clientId and imports nothing', async () => {
      const before = await listsOf(sunpeak.id);
      const { payload, contentType } = await multipartBody(
        { listName: 'No client' },
        { name: 'orphan.csv', content: 'Phone\n2125550399\n' },
      );
      const response = await manager.request<ErrorBody>({
        method: 'POST',
        url: '/api/imports?wait=true',
        headers: { 'content-type': contentType },
        body: payload,
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'VALIDATION', field: 'clientId' });
      expect(await listsOf(sunpeak.id)).toEqual(before);
    });

    it('a setter may not import lists (403) and nothing is stored', async () => {
      const before = await listsOf(sunpeak.id);
      const setter = await t.authed('setter1@demo.test');
      const response = await importCsv(setter, sunpeak.id, 'Setter list', csvOf([['Phone'], ['2125550398']]));
      expect(response.status).toBe(403);
      expect((response.body as unknown as ErrorBody).error.code).toBe('FORBIDDEN');
      expect(await listsOf(sunpeak.id)).toEqual(before);
    });

    it('a manager cannot import into a client of another organization (404)', async () => {
      const response = await importCsv(manager, 999_999, 'Nowhere', csvOf([['Phone'], ['2125550397']]));
      expect(response.status).toBe(404);
      expect((response.body as unknown as ErrorBody).error.code).toBe('NOT_FOUND');
    });

    it('a campaign opens over the new list; a list of another client is refused (400 listIds)', async () => {
      const created = await manager.post<CampaignDto>('/api/campaigns', {
        clientId: sunpeak.id,
        name: 'Trade show follow-up',
        listIds: [listId],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        clientId: sunpeak.id,
        listIds: [listId],
        status: 'active',
      });
      const mixed = await manager.post<ErrorBody>('/api/campaigns', {
        clientId: sunpeak.id,
        name: 'Mixed clients',
        listIds: [listId, ledgerly.listId],
      });
      expect(mixed.status).toBe(400);
      expect(mixed.body.error).toMatchObject({ code: 'VALIDATION', field: 'listIds' });
      const campaigns = await manager.get<{ campaigns: CampaignDto[] }>('/api/campaigns');
      expect(campaigns.body.campaigns.map((c) => c.name)).not.toContain('Mixed clients');
    });
  });
}
