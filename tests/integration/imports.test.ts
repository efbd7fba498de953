import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDto } from '../../src/contracts/campaigns.ts';
import type { ImportReport, LeadListDto } from '../../src/contracts/imports.ts';
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
    let imported: ImportReport;
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

    it('a CSV import answers 201 with the imported count and each bad row’s number and field', async () => {
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
      expect(response.status).toBe(201);
      imported = response.body;
      expect(imported).toMatchObject({ rows: 6, imported: 3, invalid: 1, duplicates: 2, dnc: 0 });
      // The header is line 1, so the third data row is row 4.
      expect(imported.errors).toEqual([expect.objectContaining({ rowNumber: 4, field: 'phone' })]);
      expect(imported.list).toMatchObject({ clientId: sunpeak.id, name: 'Trade show June', rowCount: 3 });
      expect(imported.mapping).toMatchObject({
        Name: 'fullName',
        Phone: 'phone',
        'Postal Code': 'postalCode',
      });
      const leads = await t.deps.database.db
        .selectFrom('leads')
        .select(['phone', 'time_zone', 'status'])
        .where('list_id', '=', imported.list.id)
        .orderBy('phone')
        .execute();
      expect(leads).toEqual([
        { phone: '+12125550301', time_zone: 'America/New_York', status: 'new' },
        { phone: '+13125550302', time_zone: 'America/Chicago', status: 'new' },
        { phone: '+14155550303', time_zone: 'America/Los_Angeles', status: 'new' },
      ]);
    });

    it('a file without a phone column is 422 IMPORT_INVALID and creates no list', async () => {
      const before = await listsOf(sunpeak.id);
      const csv = csvOf([
        ['Name', 'Email'],
        ['No Phone', 'nophone@example.com'],
      ]);
      const response = await importCsv(manager, sunpeak.id, 'Phoneless', csv);
      expect(response.status).toBe(422);
      expect((response.body as unknown as ErrorBody).error.code).toBe('IMPORT_INVALID');
      expect(await listsOf(sunpeak.id)).toEqual(before);
    });

    it('an upload without clientId is 400 on clientId and imports nothing', async () => {
      const before = await listsOf(sunpeak.id);
      const { payload, contentType } = await multipartBody(
        { listName: 'No client' },
        { name: 'orphan.csv', content: 'Phone\n2125550399\n' },
      );
      const response = await manager.request<ErrorBody>({
        method: 'POST',
        url: '/api/imports',
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
        listIds: [imported.list.id],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        clientId: sunpeak.id,
        listIds: [imported.list.id],
        status: 'active',
      });
      const mixed = await manager.post<ErrorBody>('/api/campaigns', {
        clientId: sunpeak.id,
        name: 'Mixed clients',
        listIds: [imported.list.id, ledgerly.listId],
      });
      expect(mixed.status).toBe(400);
      expect(mixed.body.error).toMatchObject({ code: 'VALIDATION', field: 'listIds' });
      const campaigns = await manager.get<{ campaigns: CampaignDto[] }>('/api/campaigns');
      expect(campaigns.body.campaigns.map((c) => c.name)).not.toContain('Mixed clients');
    });
  });
}
