import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CampaignChangeEntryDto,
  CampaignProgressDto,
  ClientSetterDto,
  PreferencesDto,
} from '../../src/contracts/campaign-admin.ts';
import type { CampaignDto, NextLeadResponse, QueuePreviewDto } from '../../src/contracts/campaigns.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, extraUser, userIdOf } from './support/demo-data.ts';
import { type Api, cookieApi, type ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let manager: Api;

    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 80 });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      manager = await t.authed('manager@demo.test');
    });
    afterAll(() => t?.close());

    const patch = (body: unknown, api: Api = manager, id = sunpeak.campaignId) =>
      api.request<CampaignDto & ErrorBody>({ method: 'PATCH', url: `/api/campaigns/${id}`, body });
    const next = (api: Api, id = sunpeak.campaignId) =>
      api.post<NextLeadResponse & ErrorBody>(`/api/campaigns/${id}/next`);
    const progress = async (api: Api) => {
      const response = await api.get<{ campaigns: CampaignProgressDto[] }>('/api/campaigns/progress');
      expect(response.status).toBe(200);
      return response.body.campaigns;
    };
    const release = async (api: Api, served: NextLeadResponse) => {
      if (served.item) await api.post(`/api/leads/${served.item.lead.id}/release`);
    };

    it('a paused campaign serves nothing, says who paused it and when, and serves again once resumed', async () => {
      const setter = await t.authed('setter1@demo.test');
      const held = await next(setter);
      expect(held.body.item).not.toBeNull();
      const paused = await patch({ status: 'paused' });
      expect(paused.status).toBe(200);
      expect(paused.body.paused).toEqual({ byName: 'Maya Manager', at: t.clock().toString() });
      // Not even the lead the setter still holds comes back.
      const refused = await next(setter);
      expect(refused.status).toBe(200);
      expect(refused.body.item).toBeNull();
      expect(refused.body.empty?.paused).toEqual({ byName: 'Maya Manager', at: t.clock().toString() });
      const preview = await manager.get<QueuePreviewDto>(
        `/api/campaigns/${sunpeak.campaignId}/queue-preview`,
      );
      expect(preview.body.entries).toEqual([]);
      expect(preview.body.paused?.byName).toBe('Maya Manager');
      const counts = (await progress(manager)).find((c) => c.campaignId === sunpeak.campaignId);
      expect(counts?.callableNow).toBe(0);
      expect(counts?.open).toBeGreaterThan(0);
      const resumed = await patch({ status: 'active' });
      expect(resumed.body.paused).toBeNull();
      const served = await next(setter);
      expect(served.body.item).not.toBeNull();
      await release(setter, served.body);
    });

    it('edits lists, script, form and meeting type after creation and logs who changed what, when', async () => {
      const { db } = t.deps.database;
      const script = await db
        .insertInto('scripts')
        .values({
          client_id: sunpeak.id,
          name: 'Solar — autumn',
          version: 1,
          mode: 'verbatim',
          purpose: 'outbound',
          sections: JSON.stringify([{ id: 'open', title: 'Opening', body: 'Hi' }]),
          created_at: 0,
          updated_at: 0,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const before = (await manager.get<CampaignDto>(`/api/campaigns/${sunpeak.campaignId}`)).body;
      t.clock.advance({ minutes: 5 });
      const changed = await patch({ scriptId: script.id, qualificationFormId: null, name: before.name });
      expect(changed.status).toBe(200);
      expect(changed.body.scriptId).toBe(script.id);
      expect(changed.body.qualificationFormId).toBeNull();
      const workspace = await (await t.authed('setter2@demo.test')).get<{ script: { name: string } | null }>(
        `/api/campaigns/${sunpeak.campaignId}/workspace`,
      );
      expect(workspace.body.script?.name).toBe('Solar — autumn');
      const log = await manager.get<{ changes: CampaignChangeEntryDto[] }>(
        `/api/campaigns/${sunpeak.campaignId}/changes`,
      );
      const [latest] = log.body.changes;
      expect(latest?.actorName).toBe('Maya Manager');
      expect(latest?.createdAt).toBe(t.clock().toString());
      // The unchanged name is not logged; the two real changes are, with before and after.
      expect(latest?.changes).toEqual([
        { field: 'scriptId', before: before.scriptId, after: script.id },
        { field: 'qualificationFormId', before: before.qualificationFormId, after: null },
      ]);
      const entries = log.body.changes.length;
      expect((await patch({ scriptId: script.id })).status).toBe(200);
      const again = await manager.get<{ changes: unknown[] }>(`/api/campaigns/${sunpeak.campaignId}/changes`);
      expect(again.body.changes.length).toBe(entries);
      // Another client's script, form or meeting type is refused, naming the field.
      const foreign = await patch({ meetingTypeId: ledgerly.meetingTypeId });
      expect(foreign.status).toBe(400);
      expect(foreign.body.error.field).toBe('meetingTypeId');
      const foreignList = await patch({ listIds: [ledgerly.listId] });
      expect(foreignList.body.error.field).toBe('listIds');
    });

    it('assigned setters only: others do not see the campaign and their claim is refused', async () => {
      const setter1 = await t.authed('setter1@demo.test');
      const setter3 = await t.authed('setter3@demo.test');
      const setter1Id = await userIdOf(t, 'setter1@demo.test');
      const offered = await manager.get<{ setters: ClientSetterDto[] }>(`/api/clients/${sunpeak.id}/setters`);
      expect(offered.body.setters.map((s) => s.email)).toContain('setter3@demo.test');
      expect(offered.body.setters.map((s) => s.email)).not.toContain('manager@demo.test');
      expect((await patch({ setterIds: [setter1Id] })).body.setterIds).toEqual([setter1Id]);
      const listed = await setter3.get<{ campaigns: CampaignDto[] }>('/api/campaigns');
      expect(listed.body.campaigns.map((c) => c.id)).not.toContain(sunpeak.campaignId);
      expect((await progress(setter3)).map((c) => c.campaignId)).not.toContain(sunpeak.campaignId);
      const refused = await next(setter3);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('CAMPAIGN_NOT_ASSIGNED');
      const served = await next(setter1);
      expect(served.body.item).not.toBeNull();
      await release(setter1, served.body);
      // Managers still see and test it; none assigned again: every setter of the client.
      expect((await next(manager)).status).toBe(200);
      await release(manager, (await next(manager)).body);
      expect((await patch({ setterIds: [] })).body.setterIds).toEqual([]);
      const back = await next(setter3);
      expect(back.status).toBe(200);
      await release(setter3, back.body);
    });

    it('keeps clients apart: no foreign setter can be assigned, no foreign manager sees or changes it', async () => {
      const ledgerlyOnly = await extraUser(t, 'setter', [ledgerly.id], 'Ledgerly Setter');
      const assigned = await patch({ setterIds: [ledgerlyOnly.userId] });
      expect(assigned.status).toBe(400);
      expect(assigned.body.error.field).toBe('setterIds');
      const rep = await userIdOf(t, 'rep1@demo.test');
      expect((await patch({ setterIds: [rep] })).status).toBe(400);
      const otherManager = await extraUser(t, 'manager', [ledgerly.id], 'Other Manager');
      expect((await patch({ status: 'paused' }, otherManager.api)).status).toBe(404);
      expect((await otherManager.api.get(`/api/campaigns/${sunpeak.campaignId}/changes`)).status).toBe(404);
      expect((await otherManager.api.get(`/api/clients/${sunpeak.id}/setters`)).status).toBe(404);
      expect((await next(ledgerlyOnly.api)).status).toBe(404);
      const theirs = await progress(otherManager.api);
      expect(theirs.map((c) => c.campaignId)).not.toContain(sunpeak.campaignId);
    });

    it('counts open, callable now, worked today and remaining exactly as the leads stand', async () => {
      const setter = await t.authed('setter2@demo.test');
      const served = await next(setter, ledgerly.campaignId);
      const leadId = served.body.item?.lead.id;
      expect(leadId).toBeDefined();
      const logged = await setter.post(`/api/leads/${leadId}/attempts`, {
        campaignId: ledgerly.campaignId,
        startedAt: t.clock().toString(),
        durationSeconds: 20,
        callResult: 'no_answer',
      });
      expect(logged.status).toBe(201);
      const { db } = t.deps.database;
      const leads = await db
        .selectFrom('leads')
        .select(['status', 'next_call_at', 'time_zone_key'])
        .where('list_id', '=', ledgerly.listId)
        .execute();
      const open = leads.filter((l) => l.status === 'new' || l.status === 'attempting');
      const counts = (await progress(manager)).find((c) => c.campaignId === ledgerly.campaignId);
      expect(counts).toMatchObject({
        total: leads.length,
        open: open.length,
        remaining: leads.filter((l) => l.status === 'new').length,
        workedToday: 1,
      });
      // The preview decides the same windows: its callable count matches (nothing blocked one by one).
      const preview = await manager.get<QueuePreviewDto>(
        `/api/campaigns/${ledgerly.campaignId}/queue-preview`,
      );
      expect(counts?.callableNow).toBeLessThanOrEqual(open.length);
      expect(counts?.callableNow).toBeGreaterThanOrEqual(preview.body.callableNow);
      expect(counts?.callableNow).toBeGreaterThan(0);
    });

    it('remembers the client last chosen, per user, and forgets one the user does not work for', async () => {
      const setter3 = await t.authed('setter3@demo.test');
      expect((await manager.get<PreferencesDto>('/api/me/preferences')).body).toEqual({ clientId: null });
      expect(
        (
          await manager.request({
            method: 'PUT',
            url: '/api/me/preferences',
            body: { clientId: ledgerly.id },
          })
        ).status,
      ).toBe(200);
      // Another session (another browser) of the same user finds it.
      const again = await t.login('manager@demo.test');
      const elsewhere = cookieApi(t.app, again);
      expect((await elsewhere.get<PreferencesDto>('/api/me/preferences')).body.clientId).toBe(ledgerly.id);
      expect((await setter3.get<PreferencesDto>('/api/me/preferences')).body.clientId).toBeNull();
      const foreign = await setter3.request<ErrorBody>({
        method: 'PUT',
        url: '/api/me/preferences',
        body: { clientId: ledgerly.id },
      });
      expect(foreign.status).toBe(404);
    });
  });
}
