import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDto } from '../../src/contracts/campaigns.ts';
import type { DncCheckResult, DncEntryDto, DncListDto, DncUploadReport } from '../../src/contracts/dnc.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, extraUser, userIdOf } from './support/demo-data.ts';
import { csvOf, importCsv, importedCampaign, multipartBody } from './support/imports.ts';
import { nextLead, servedLead } from './support/queue.ts';
import type { Api, ApiResponse, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

/** POST /api/dnc-lists as the web form sends it: the fields, then the file. */
async function uploadDnc(
  api: Api,
  fields: Record<string, string>,
  rows: readonly (readonly string[])[],
): Promise<ApiResponse<DncUploadReport & ErrorBody>> {
  const { payload, contentType } = await multipartBody(
    { source: 'Client suppression file', listDate: '2026-06-01', ...fields },
    { name: 'suppression.csv', content: csvOf(rows) },
  );
  return api.request({
    method: 'POST',
    url: '/api/dnc-lists',
    headers: { 'content-type': contentType },
    body: payload,
  });
}

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let manager: Api;
    let admin: Api;
    let campaign: CampaignDto;

    const leadsByPhone = (phone: string) =>
      t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'client_id', 'status', 'lease_user_id'])
        .where('phones', 'like', `%${phone}%`)
        .orderBy('id')
        .execute();
    const listCount = async () =>
      (await t.deps.database.db.selectFrom('dnc_lists').select('id').execute()).length;
    /** Imports one lead per row (name, phone[, mobile]) into a new list of the client. */
    const importLeads = async (clientId: number, name: string, rows: readonly (readonly string[])[]) => {
      const imported = await importCsv(
        manager,
        clientId,
        name,
        csvOf([['Name', 'Phone', 'Mobile', 'Postal Code'], ...rows.map((r) => [...r, '10001'])]),
      );
      expect(imported.body).toMatchObject({ status: 'done', counts: { imported: rows.length } });
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      manager = await t.authed('manager@demo.test');
      admin = await t.authed('admin@demo.test');
      ({ campaign } = await importedCampaign(manager, sunpeak.id, 'DNC sweep', [
        ['Ava Listed', '(646) 555-0701', '10001'],
        ['Ben Listed', '(646) 555-0702', '10001'],
        ['Cal Clear', '(646) 555-0703', '10001'],
      ]));
    });
    afterAll(() => t?.close());

    it('an upload flags the client’s matching leads at once, releases a held one, and reports a bad row by number', async () => {
      const setter1 = await t.authed('setter1@demo.test');
      const held = await servedLead(setter1, campaign.id);
      const others = ['+16465550701', '+16465550702', '+16465550703'].filter((p) => p !== held.lead.phone);
      const [listed, clear] = others as [string, string];
      // The same number at another client, and a lead whose second number is listed.
      await importLeads(ledgerly.id, 'Ledgerly twin', [['Lena Twin', listed, '']]);
      await importLeads(sunpeak.id, 'Two numbers', [['Dee Second', '(646) 555-0711', '(646) 555-0712']]);

      const response = await uploadDnc(manager, { scope: 'client', clientId: String(sunpeak.id) }, [
        ['Name', 'Phone Number'],
        ['Held', held.lead.phone.replace('+1646', '(646) ')],
        ['Listed', listed],
        ['Typo', '12345'],
        ['Held again', held.lead.phone],
        ['Mobile only', '646.555.0712'],
      ]);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ rows: 5, entries: 3, invalid: 1, leadsFlagged: 3 });
      // The header is row 1: the third data row is row 4.
      expect(response.body.errors).toEqual([expect.objectContaining({ rowNumber: 4, field: 'phone' })]);
      expect(response.body.list).toMatchObject({
        clientId: sunpeak.id,
        source: 'Client suppression file',
        listDate: '2026-06-01',
        fileName: 'suppression.csv',
        entryCount: 3,
      });

      const [heldLead] = await leadsByPhone(held.lead.phone);
      expect(heldLead).toMatchObject({ status: 'dnc', lease_user_id: null });
      expect(await leadsByPhone(listed)).toEqual([
        expect.objectContaining({ client_id: sunpeak.id, status: 'dnc' }),
        expect.objectContaining({ client_id: ledgerly.id, status: 'new' }),
      ]);
      expect(await leadsByPhone('+16465550712')).toEqual([expect.objectContaining({ status: 'dnc' })]);
      const events = await t.deps.database.db
        .selectFrom('lead_events')
        .select(['actor_user_id', 'from_status', 'to_status', 'reason'])
        .where('lead_id', '=', held.lead.id)
        .where('type', '=', 'dnc_listed')
        .execute();
      expect(events).toEqual([
        {
          actor_user_id: await userIdOf(t, 'manager@demo.test'),
          from_status: 'new',
          to_status: 'dnc',
          reason: 'Client suppression file',
        },
      ]);

      // The queue never serves a flagged lead: the one clear lead, then nothing.
      expect((await servedLead(setter1, campaign.id)).lead.phone).toBe(clear);
      const setter2 = await t.authed('setter2@demo.test');
      expect((await nextLead(setter2, campaign.id)).item).toBeNull();
    });

    it('the client’s list is listed with its entry count', async () => {
      const response = await manager.get<DncListDto[]>(`/api/dnc-lists?clientId=${sunpeak.id}`);
      expect(response.status).toBe(200);
      expect(response.body[0]).toMatchObject({ clientId: sunpeak.id, entryCount: 3 });
    });

    it('a manager may not upload for the whole organization (403): nothing is stored', async () => {
      const before = await listCount();
      const response = await uploadDnc(manager, { scope: 'organization' }, [['Phone'], ['(646) 555-0790']]);
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('FORBIDDEN');
      expect(await listCount()).toBe(before);
    });

    it('a manager of another client gets 404 on its lists, uploads and checks', async () => {
      const { api: outsider } = await extraUser(t, 'manager', [ledgerly.id], 'Ledgerly Manager');
      const before = await listCount();
      const upload = await uploadDnc(outsider, { scope: 'client', clientId: String(sunpeak.id) }, [
        ['Phone'],
        ['(646) 555-0791'],
      ]);
      expect(upload.status).toBe(404);
      expect(await listCount()).toBe(before);
      expect((await outsider.get(`/api/dnc-lists?clientId=${sunpeak.id}`)).status).toBe(404);
      expect((await outsider.get(`/api/dnc/check?phone=6465550701&clientId=${sunpeak.id}`)).status).toBe(404);
      const added = await outsider.post('/api/dnc', { phone: '(646) 555-0792', clientId: sunpeak.id });
      expect(added.status).toBe(404);
    });

    it('an organization-wide list blocks the leads of every client and shows under each', async () => {
      await importLeads(sunpeak.id, 'Org twin A', [['Olga Org', '(646) 555-0721', '']]);
      await importLeads(ledgerly.id, 'Org twin B', [['Otto Org', '(646) 555-0721', '']]);
      const response = await uploadDnc(admin, { scope: 'organization', source: 'National registry' }, [
        ['Telefon'],
        ['646-555-0721'],
      ]);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ entries: 1, leadsFlagged: 2, list: { clientId: null } });
      expect((await leadsByPhone('+16465550721')).map((l) => l.status)).toEqual(['dnc', 'dnc']);

      // Under each client, its own lists and the organization's, newest first.
      const ledgerlyLists = await manager.get<DncListDto[]>(`/api/dnc-lists?clientId=${ledgerly.id}`);
      expect(ledgerlyLists.body.map((l) => [l.clientId, l.source])).toEqual([[null, 'National registry']]);
      const sunpeakLists = await manager.get<DncListDto[]>(`/api/dnc-lists?clientId=${sunpeak.id}`);
      expect(sunpeakLists.body.map((l) => l.clientId)).toEqual([null, sunpeak.id]);
      const check = await manager.get<DncCheckResult>(
        `/api/dnc/check?phone=${encodeURIComponent('(646) 555-0721')}&clientId=${ledgerly.id}`,
      );
      expect(check.body).toMatchObject({ phone: '+16465550721', blocked: true });
      expect(check.body.entries).toEqual([
        expect.objectContaining({ clientId: null, source: 'National registry' }),
      ]);
    });

    it('a number added by hand flags the lead at once, once; organization-wide only for admins', async () => {
      const body = { phone: '(646) 555-0703', clientId: sunpeak.id, source: 'Asked on the phone' };
      const added = await manager.post<{ entry: DncEntryDto; leadsFlagged: number }>('/api/dnc', body);
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        entry: { phone: '+16465550703', clientId: sunpeak.id, listId: null, source: 'Asked on the phone' },
        leadsFlagged: 1,
      });
      expect(await leadsByPhone('+16465550703')).toEqual([
        expect.objectContaining({ status: 'dnc', lease_user_id: null }),
      ]);
      const again = await manager.post<{ entry: DncEntryDto; leadsFlagged: number }>('/api/dnc', body);
      expect(again.body).toMatchObject({ entry: { id: added.body.entry.id }, leadsFlagged: 0 });

      expect((await manager.post('/api/dnc', { phone: '(646) 555-0793' })).status).toBe(403);
      const orgWide = await admin.post<{ entry: DncEntryDto }>('/api/dnc', { phone: '(646) 555-0793' });
      expect(orgWide.status).toBe(201);
      expect(orgWide.body.entry).toMatchObject({ clientId: null, source: 'manual' });
      const invalid = await manager.post<ErrorBody>('/api/dnc', { phone: '12345', clientId: sunpeak.id });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.field).toBe('phone');
    });

    it('a number on no list is not blocked', async () => {
      const check = await manager.get<DncCheckResult>(
        `/api/dnc/check?phone=6465550799&clientId=${sunpeak.id}`,
      );
      expect(check.status).toBe(200);
      expect(check.body).toEqual({ phone: '+16465550799', blocked: false, entries: [] });
    });
  });
}
