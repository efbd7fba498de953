import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDto } from '../../src/contracts/campaigns.ts';
import type { LeadDetail } from '../../src/contracts/leads.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, freshLeadIds } from './support/demo-data.ts';
import { newYorkCampaignMaker } from './support/imports.ts';
import { type LoggedAttempt as Logged, nextLead as next, servedLead as served } from './support/queue.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let setter1: Api;
    let setter2: Api;
    let newYorkCampaign: (name: string, people: readonly string[]) => Promise<CampaignDto>;
    const leadDetail = async (leadId: number) => (await setter1.get<LeadDetail>(`/api/leads/${leadId}`)).body;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      setter1 = await t.authed('setter1@demo.test');
      setter2 = await t.authed('setter2@demo.test');
      newYorkCampaign = newYorkCampaignMaker(() => t.authed('manager@demo.test'), sunpeak.id);
    });
    afterAll(() => t?.close());

    it('a call_back time in the past is 400 on callbackAt and stores nothing', async () => {
      t.clock.set('2026-06-10T16:00:00Z');
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const response = await setter1.post<ErrorBody>(`/api/leads/${leadId}/attempts`, {
        disposition: 'call_back',
        callbackAt: '2026-06-10T15:59:00Z',
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'VALIDATION', field: 'callbackAt' });
      const detail = await leadDetail(Number(leadId));
      expect(detail.attempts).toEqual([]);
      expect(detail.lead.status).toBe('new');
    });

    it('a call_back for "me" comes back to that setter first when due, not to another within the grace', async () => {
      t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await newYorkCampaign('Callbacks', ['Bea Lind', 'Cy Moss']);
      const promised = await served(setter1, campaign.id);
      const logged = await setter1.post<Logged>(`/api/leads/${promised.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-10T17:00:00Z',
        callbackFor: 'me',
        notes: 'After lunch',
      });
      expect(logged.status).toBe(201);
      expect(logged.body.leadStatus).toBe('callback');
      // Before it is due, nobody is served the promised lead.
      const other = await served(setter2, campaign.id);
      expect(other.lead.id).not.toBe(promised.lead.id);
      await setter2.post(`/api/leads/${other.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'busy',
      });
      t.clock.set('2026-06-10T17:00:00Z');
      expect((await next(setter2, campaign.id)).item?.lead.id).not.toBe(promised.lead.id);
      await setter2.post(`/api/leads/${other.lead.id}/release`);
      const due = await served(setter1, campaign.id);
      expect(due.lead.id).toBe(promised.lead.id);
      expect(due.reason).toBe('callback_due');
      expect(due.callback).toMatchObject({ id: logged.body.callbackId, note: 'After lunch' });
    });

    it('an owned callback nobody took within 15 minutes of its time is served to any setter', async () => {
      t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await newYorkCampaign('Late callbacks', ['Dee Ross']);
      const promised = await served(setter1, campaign.id);
      await setter1.post(`/api/leads/${promised.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-10T17:00:00Z',
      });
      t.clock.set('2026-06-10T17:14:00Z');
      expect((await next(setter2, campaign.id)).item).toBeNull();
      t.clock.set('2026-06-10T17:15:00Z');
      const taken = await served(setter2, campaign.id);
      expect(taken.lead.id).toBe(promised.lead.id);
      expect(taken.reason).toBe('callback_due');
    });

    it('a callback that rings out (no_answer) is not lost: it comes back after the retry gap', async () => {
      t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await newYorkCampaign('Callback rings out', ['Gil Nash']);
      const promised = await served(setter1, campaign.id);
      await setter1.post(`/api/leads/${promised.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-10T17:00:00Z',
      });
      t.clock.set('2026-06-10T17:00:00Z');
      const due = await served(setter1, campaign.id);
      expect(due.reason).toBe('callback_due');
      const rangOut = await setter1.post<Logged>(`/api/leads/${due.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'no_answer',
      });
      expect(rangOut.status).toBe(201);
      expect((await next(setter1, campaign.id)).item).toBeNull();
      t.clock.set('2026-06-10T19:00:00Z');
      const again = await served(setter2, campaign.id);
      expect(again.lead.id).toBe(promised.lead.id);
    });
  });
}
