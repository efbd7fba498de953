import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto } from '../../src/contracts/appointments.ts';
import type { LeadDetail } from '../../src/contracts/leads.ts';
import type { MarketingSourceDto } from '../../src/contracts/marketing-sources.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { slotsFor } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, freshLeadIds, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

// Inbound attribution: a caller names the mailer, coupon or ad code they saw; the call records it
// and the lead keeps the first source it named.

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let manager: Api;
    let setter1: Api;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      manager = await t.authed('manager@demo.test');
      setter1 = await t.authed('setter1@demo.test');
    });
    afterAll(() => t?.close());

    const add = (clientId: number, body: Record<string, unknown>) =>
      manager.post<MarketingSourceDto & ErrorBody>(`/api/clients/${clientId}/marketing-sources`, body);
    const sourcesOf = async (api: Api, clientId: number) =>
      (await api.get<{ items: MarketingSourceDto[] }>(`/api/clients/${clientId}/marketing-sources`)).body
        .items;
    const sourceColumns = async (leadId: number) => {
      const { db } = t.deps.database;
      const lead = await db
        .selectFrom('leads')
        .select('marketing_source_id')
        .where('id', '=', leadId)
        .executeTakeFirstOrThrow();
      const calls = await db
        .selectFrom('call_attempts')
        .select('marketing_source_id')
        .where('lead_id', '=', leadId)
        .orderBy('id')
        .execute();
      return { lead: lead.marketing_source_id, calls: calls.map((c) => c.marketing_source_id) };
    };

    it('a manager adds sources; a code is one code in any case or spacing; setters read them', async () => {
      const spring = await add(sunpeak.id, { code: 'SPRING-24', label: 'Spring mailer', kind: 'mailer' });
      expect(spring.status).toBe(201);
      expect(spring.body).toMatchObject({
        code: 'SPRING-24',
        label: 'Spring mailer',
        kind: 'mailer',
        active: true,
      });
      const again = await add(sunpeak.id, { code: 'spring 24' });
      expect(again.status).toBe(409);
      expect(again.body.error.field).toBe('code');
      // Another client may use the same code.
      expect((await add(ledgerly.id, { code: 'SPRING-24' })).status).toBe(201);
      expect((await sourcesOf(setter1, sunpeak.id)).map((s) => s.code)).toContain('SPRING-24');
    });

    it('a setter cannot add a source; a bad kind names its field', async () => {
      const bySetter = await setter1.post<ErrorBody>(`/api/clients/${sunpeak.id}/marketing-sources`, {
        code: 'MINE',
      });
      expect(bySetter.status).toBe(403);
      const badKind = await add(sunpeak.id, { code: 'BILLBOARD', kind: 'billboard' });
      expect(badKind.status).toBe(400);
      expect(JSON.stringify(badKind.body.error)).toContain('kind');
      const blank = await add(sunpeak.id, { code: ' -- ' });
      expect(blank.status).toBe(400);
      expect(blank.body.error.field).toBe('code');
    });

    it('an inbound call records the source; the lead keeps the first one it named', async () => {
      const coupon = await add(sunpeak.id, { code: 'SAVE10', label: 'Sunday paper coupon', kind: 'coupon' });
      const radio = await add(sunpeak.id, { code: 'RADIO-7', label: 'Radio spot', kind: 'ad' });
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const first = await setter1.post(`/api/leads/${leadId}/attempts`, {
        callResult: 'voicemail_left',
        direction: 'inbound',
        marketingSourceId: coupon.body.id,
      });
      expect(first.status).toBe(201);
      const second = await setter1.post(`/api/leads/${leadId}/attempts`, {
        callResult: 'voicemail_left',
        direction: 'inbound',
        marketingSourceId: radio.body.id,
      });
      expect(second.status).toBe(201);
      expect(await sourceColumns(Number(leadId))).toEqual({
        lead: coupon.body.id,
        calls: [coupon.body.id, radio.body.id],
      });
      const detail = await setter1.get<LeadDetail>(`/api/leads/${leadId}`);
      expect(detail.body.marketingSource).toEqual({
        id: coupon.body.id,
        code: 'SAVE10',
        label: 'Sunday paper coupon',
      });
    });

    it('another client’s source, a retired one or an unknown id is refused and nothing is written', async () => {
      const foreign = (await sourcesOf(manager, ledgerly.id)).find((s) => s.code === 'SPRING-24');
      const retired = await add(sunpeak.id, { code: 'OLD-MAILER', active: false });
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      for (const marketingSourceId of [foreign?.id, retired.body.id, 999_999]) {
        const refused = await setter1.post<ErrorBody>(`/api/leads/${leadId}/attempts`, {
          callResult: 'voicemail_left',
          direction: 'inbound',
          marketingSourceId,
        });
        expect(refused.status).toBe(400);
        expect(refused.body.error.field).toBe('marketingSourceId');
      }
      expect(await sourceColumns(Number(leadId))).toEqual({ lead: null, calls: [] });
    });

    it('an inbound booking records the source on its call and the lead', async () => {
      const web = await add(sunpeak.id, { code: 'WEB-FB', label: 'Facebook ad', kind: 'ad' });
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const repId = await repIdOf(t, 'rep1@demo.test');
      const slot = (await slotsFor(setter1, Number(leadId), sunpeak.meetingTypeId)).find((s) =>
        s.repIds.includes(repId),
      );
      const booked = await setter1.post<AppointmentDto & ErrorBody>('/api/appointments', {
        leadId,
        meetingTypeId: sunpeak.meetingTypeId,
        startsAt: slot?.startsAt,
        repId,
        locationKind: 'phone',
        direction: 'inbound',
        marketingSourceId: web.body.id,
      });
      expect(booked.status).toBe(201);
      expect(await sourceColumns(Number(leadId))).toEqual({ lead: web.body.id, calls: [web.body.id] });
    });

    it('a source is edited and retired; a user of another client cannot read or edit it', async () => {
      const ad = await add(sunpeak.id, { code: 'TV-1', label: 'TV', kind: 'ad' });
      const edited = await manager.request<MarketingSourceDto>({
        method: 'PUT',
        url: `/api/marketing-sources/${ad.body.id}`,
        body: { code: 'TV-1', label: 'TV spot, channel 5', kind: 'ad', active: false },
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ label: 'TV spot, channel 5', active: false });
      // setter3 works only for SunPeak: Ledgerly's sources are not theirs to read or edit.
      const setter3 = await t.authed('setter3@demo.test');
      const ledgerlySource = (await sourcesOf(manager, ledgerly.id))[0];
      expect((await setter3.get(`/api/clients/${ledgerly.id}/marketing-sources`)).status).toBe(404);
      const put = await setter3.request({
        method: 'PUT',
        url: `/api/marketing-sources/${ledgerlySource?.id}`,
        body: { code: 'X' },
      });
      expect(put.status).toBe(404);
    });
  });
}
