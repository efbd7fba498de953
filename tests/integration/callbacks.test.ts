import { afterAll, describe, expect, it } from 'vitest';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { freshLeadIds } from './support/demo-data.ts';
import { type LoggedAttempt as Logged, nextLead as next, servedLead as served } from './support/queue.ts';
import { useSetterScene } from './support/setter-scene.ts';
import type { ErrorBody } from './support/test-api.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    const scene = useSetterScene(dialect);

    it('a call_back time in the past is 400 on callbackAt and stores nothing', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const [leadId] = await freshLeadIds(scene.t, scene.sunpeak.id, 1);
      const response = await scene.setter1.post<ErrorBody>(`/api/leads/${leadId}/attempts`, {
        disposition: 'call_back',
        callbackAt: '2026-06-10T15:59:00Z',
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'VALIDATION', field: 'callbackAt' });
      const detail = await scene.leadDetail(Number(leadId));
      expect(detail.attempts).toEqual([]);
      expect(detail.lead.status).toBe('new');
    });

    it('a call_back for "me" comes back to that setter first when due, not to another within the grace', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Callbacks', ['Bea Lind', 'Cy Moss']);
      const promised = await served(scene.setter1, campaign.id);
      const logged = await scene.setter1.post<Logged>(`/api/leads/${promised.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-10T17:00:00Z',
        callbackFor: 'me',
        notes: 'After lunch',
      });
      expect(logged.status).toBe(201);
      expect(logged.body.leadStatus).toBe('callback');
      // Before it is due, nobody is served the promised lead.
      const other = await served(scene.setter2, campaign.id);
      expect(other.lead.id).not.toBe(promised.lead.id);
      await scene.setter2.post(`/api/leads/${other.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'busy',
      });
      scene.t.clock.set('2026-06-10T17:00:00Z');
      expect((await next(scene.setter2, campaign.id)).item?.lead.id).not.toBe(promised.lead.id);
      await scene.setter2.post(`/api/leads/${other.lead.id}/release`);
      const due = await served(scene.setter1, campaign.id);
      expect(due.lead.id).toBe(promised.lead.id);
      expect(due.reason).toBe('callback_due');
      expect(due.callback).toMatchObject({ id: logged.body.callbackId, note: 'After lunch' });
    });

    it('an owned callback nobody took within 15 minutes of its time is served to any setter', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Late callbacks', ['Dee Ross']);
      const promised = await served(scene.setter1, campaign.id);
      await scene.setter1.post(`/api/leads/${promised.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-10T17:00:00Z',
      });
      scene.t.clock.set('2026-06-10T17:14:00Z');
      expect((await next(scene.setter2, campaign.id)).item).toBeNull();
      scene.t.clock.set('2026-06-10T17:15:00Z');
      const taken = await served(scene.setter2, campaign.id);
      expect(taken.lead.id).toBe(promised.lead.id);
      expect(taken.reason).toBe('callback_due');
    });

    it('a callback that rings out (no_answer) is not lost: it comes back after the retry gap', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Callback rings out', ['Gil Nash']);
      const promised = await served(scene.setter1, campaign.id);
      await scene.setter1.post(`/api/leads/${promised.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-10T17:00:00Z',
      });
      scene.t.clock.set('2026-06-10T17:00:00Z');
      const due = await served(scene.setter1, campaign.id);
      expect(due.reason).toBe('callback_due');
      const rangOut = await scene.setter1.post<Logged>(`/api/leads/${due.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'no_answer',
      });
      expect(rangOut.status).toBe(201);
      expect((await next(scene.setter1, campaign.id)).item).toBeNull();
      scene.t.clock.set('2026-06-10T19:00:00Z');
      const again = await served(scene.setter2, campaign.id);
      expect(again.lead.id).toBe(promised.lead.id);
    });
  });
}
