import { afterAll, describe, expect, it } from 'vitest';
import type { CampaignDto } from '../../src/contracts/campaigns.ts';
import type { LeadDetail } from '../../src/contracts/leads.ts';
import type { CallbackRefusal, MyCallback } from '../../src/contracts/queue-flow.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { nextLead as next, servedLead as served } from './support/queue.ts';
import { useSetterScene } from './support/setter-scene.ts';
import type { Api, ErrorBody } from './support/test-api.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    const scene = useSetterScene(dialect);
    const manager = () => scene.t.authed('manager@demo.test');
    const put = <T>(api: Api, url: string, body: unknown) => api.request<T>({ method: 'PUT', url, body });
    const patch = <T>(api: Api, url: string, body: unknown) => api.request<T>({ method: 'PATCH', url, body });
    const skip = (leadId: number, body: Record<string, unknown>) =>
      scene.setter1.post<{ skippedUntil: string }>(`/api/leads/${leadId}/skip`, body);

    it('a skipped lead is not served again to that setter: the next lead comes, others may take it', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Skips', ['Ada Skip', 'Ben Next']);
      const first = await served(scene.setter1, campaign.id);
      const skipped = await skip(first.lead.id, { campaignId: campaign.id, reason: 'needs_research' });
      expect(skipped.status).toBe(200);
      expect(skipped.body.skippedUntil).toBe('2026-06-10T16:30:00Z');
      const second = await served(scene.setter1, campaign.id);
      expect(second.lead.id).not.toBe(first.lead.id);
      // Setter 2 is not held back by setter 1's skip.
      expect((await served(scene.setter2, campaign.id)).lead.id).toBe(first.lead.id);
      // The skip is on the lead's timeline, with who and why.
      const detail = await scene.leadDetail(first.lead.id);
      expect(detail.events.find((e) => e.type === 'skipped')).toMatchObject({ reason: 'needs_research' });
    });

    it('when only a skipped lead is callable the empty queue says so, and it comes back after the skip', async () => {
      scene.t.clock.set('2026-06-11T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Only one', ['Cleo Alone']);
      const only = await served(scene.setter1, campaign.id);
      expect((await skip(only.lead.id, { campaignId: campaign.id })).status).toBe(200);
      const empty = await next(scene.setter1, campaign.id);
      expect(empty.item).toBeNull();
      expect(empty.empty?.skipped).toEqual({ leads: 1, firstReturnAt: '2026-06-11T16:30:00Z' });
      scene.t.clock.set('2026-06-11T16:29:59Z');
      expect((await next(scene.setter1, campaign.id)).item).toBeNull();
      scene.t.clock.set('2026-06-11T16:30:00Z');
      expect((await served(scene.setter1, campaign.id)).lead.id).toBe(only.lead.id);
    });

    it('the skip length is the campaign’s setting, and the preview tells the manager "skipped by you"', async () => {
      scene.t.clock.set('2026-06-12T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Long skips', ['Dina Long', 'Eli Other']);
      const boss = await manager();
      const saved = await put(boss, `/api/campaigns/${campaign.id}/queue-settings`, { skipMinutes: 120 });
      expect(saved.body).toEqual({ skipMinutes: 120, callbackHandoverMinutes: 15 });
      const bad = await put<ErrorBody>(boss, `/api/campaigns/${campaign.id}/queue-settings`, {
        skipMinutes: 0,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toContain('skipMinutes');
      const lead = await served(boss, campaign.id);
      const skipped = await boss.post<{ skippedUntil: string }>(`/api/leads/${lead.lead.id}/skip`, {
        campaignId: campaign.id,
      });
      expect(skipped.body.skippedUntil).toBe('2026-06-12T18:00:00Z');
      const preview = await boss.get<{
        entries: { lead: { id: number }; skippedByYouUntil?: string | null }[];
      }>(`/api/campaigns/${campaign.id}/queue-preview`);
      const entry = preview.body.entries.find((e) => e.lead.id === lead.lead.id);
      expect(entry?.skippedByYouUntil).toBe('2026-06-12T18:00:00Z');
    });

    it('My callbacks lists the setter’s own callbacks with the lead’s zone and the hand-over time', async () => {
      scene.t.clock.set('2026-06-15T16:00:00Z');
      const campaign = await scene.newYorkCampaign('My list', ['Hal Mine']);
      const lead = await served(scene.setter1, campaign.id);
      await scene.setter1.post(`/api/leads/${lead.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-15T18:00:00Z',
        callbackFor: 'me',
        notes: 'Wife decides',
      });
      const mine = await scene.setter1.get<{ callbacks: MyCallback[] }>('/api/callbacks');
      expect(mine.body.callbacks.find((c) => c.leadId === lead.lead.id)).toMatchObject({
        dueAt: '2026-06-15T18:00:00Z',
        campaignName: campaign.name,
        leadTimeZone: 'America/New_York',
        note: 'Wife decides',
        handoverAt: '2026-06-15T18:15:00Z',
      });
      const theirs = await scene.setter2.get<{ callbacks: MyCallback[] }>('/api/callbacks');
      expect(theirs.body.callbacks.some((c) => c.leadId === lead.lead.id)).toBe(false);
    });

    it('an overdue personal callback passes to anyone after the campaign’s hand-over time', async () => {
      scene.t.clock.set('2026-06-16T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Hand-over', ['Ivy Wait']);
      await put(await manager(), `/api/campaigns/${campaign.id}/queue-settings`, {
        callbackHandoverMinutes: 45,
      });
      const lead = await served(scene.setter1, campaign.id);
      await scene.setter1.post(`/api/leads/${lead.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-16T17:00:00Z',
        callbackFor: 'me',
      });
      scene.t.clock.set('2026-06-16T17:44:00Z');
      expect((await next(scene.setter2, campaign.id)).item).toBeNull();
      scene.t.clock.set('2026-06-16T17:45:00Z');
      const taken = await served(scene.setter2, campaign.id);
      expect(taken.lead.id).toBe(lead.lead.id);
      expect(taken.reason).toBe('callback_due');
    });

    it('a call logged under a campaign whose lists do not hold the lead is refused on campaignId', async () => {
      scene.t.clock.set('2026-06-17T16:00:00Z');
      const here = await scene.newYorkCampaign('Holds the lead', ['Jon Here']);
      const elsewhere = await scene.newYorkCampaign('Another list', ['Kim There']);
      const lead = await served(scene.setter1, here.id);
      const refused = await scene.setter1.post<ErrorBody>(`/api/leads/${lead.lead.id}/attempts`, {
        campaignId: elsewhere.id,
        disposition: 'no_answer',
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'LEAD_NOT_IN_CAMPAIGN', field: 'campaignId' });
      expect((await scene.leadDetail(lead.lead.id)).attempts).toEqual([]);
      const logged = await scene.setter1.post(`/api/leads/${lead.lead.id}/attempts`, {
        campaignId: here.id,
        disposition: 'no_answer',
      });
      expect(logged.status).toBe(201);
    });

    it('the lead card shows the window of the campaign the lead is worked in, and refuses one that does not hold it', async () => {
      scene.t.clock.set('2026-06-18T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Short days', ['Lea Short']);
      const other = await scene.newYorkCampaign('Not hers', ['Max Other']);
      await patch(await manager(), `/api/campaigns/${campaign.id}`, {
        callingWindow: { ...campaign.callingWindow, startLocal: '10:00', endLocal: '17:00' },
      });
      const lead = await served(scene.setter1, campaign.id);
      const card = await scene.setter1.get<LeadDetail>(
        `/api/leads/${lead.lead.id}?campaignId=${campaign.id}`,
      );
      expect(card.status).toBe(200);
      expect(card.body.calling).toMatchObject({ window: { startLocal: '10:00', endLocal: '17:00' } });
      const wrong = await scene.setter1.get<ErrorBody>(`/api/leads/${lead.lead.id}?campaignId=${other.id}`);
      expect(wrong.status).toBe(400);
      expect(wrong.body.error).toMatchObject({ code: 'LEAD_NOT_IN_CAMPAIGN', field: 'campaignId' });
    });

    it('a callback at 22:30 lead time is refused (window ends 21:00) with the next permitted times', async () => {
      scene.t.clock.set('2026-06-23T19:00:00Z'); // Tue 15:00 New York
      const campaign = await scene.newYorkCampaign('Late promise', ['Fay Late']);
      const lead = await served(scene.setter1, campaign.id);
      const refused = await scene.setter1.post<ErrorBody>(`/api/leads/${lead.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-24T02:30:00Z', // Tue 22:30 New York
      });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({ code: 'CALLBACK_OUTSIDE_WINDOW', field: 'callbackAt' });
      const details = refused.body.error.details as CallbackRefusal;
      expect(details.reasons).toEqual(['OUTSIDE_CALLING_WINDOW']);
      expect(details.nextPermitted).toEqual([
        '2026-06-24T00:45:00Z',
        '2026-06-24T12:00:00Z',
        '2026-06-25T12:00:00Z',
      ]);
      expect((await scene.leadDetail(lead.lead.id)).attempts).toEqual([]);
      // One of the offered times is accepted.
      const accepted = await scene.setter1.post(`/api/leads/${lead.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: details.nextPermitted[0],
      });
      expect(accepted.status).toBe(201);
    });

    it('a callback on the campaign’s blackout day is refused', async () => {
      scene.t.clock.set('2026-06-30T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Holidays', ['Gus Holiday']);
      const boss = await manager();
      const patched = await patch<CampaignDto>(boss, `/api/campaigns/${campaign.id}`, {
        callingWindow: { ...campaign.callingWindow, blackoutDates: ['2026-07-04'] },
      });
      expect(patched.status).toBe(200);
      const lead = await served(scene.setter1, campaign.id);
      const refused = await scene.setter1.post<ErrorBody>(`/api/leads/${lead.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-07-04T14:00:00Z',
      });
      expect(refused.status).toBe(422);
      expect((refused.body.error.details as CallbackRefusal).reasons).toEqual(['BLACKOUT_DATE']);
      expect((refused.body.error.details as CallbackRefusal).nextPermitted[0]).toBe('2026-07-05T12:00:00Z');
    });
  });
}
