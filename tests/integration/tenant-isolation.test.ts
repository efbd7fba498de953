import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto, SlotsResponse } from '../../src/contracts/appointments.ts';
import type { CampaignDto } from '../../src/contracts/campaigns.ts';
import type { LeadListDto } from '../../src/contracts/imports.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, extraUser, freshLeadIds, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

/** Books the first open slot of the lead with the rep, as the given user. */
async function bookFirstSlot(api: Api, client: DemoClient, leadId: number, repId: number) {
  const slots = await api.get<SlotsResponse>(
    `/api/leads/${leadId}/slots?meetingTypeId=${client.meetingTypeId}&limit=200`,
  );
  const slot = slots.body.slots.find((s) => s.repIds.includes(repId));
  if (!slot) throw new Error(`No slot for rep ${repId}`);
  const booked = await api.post<AppointmentDto>('/api/appointments', {
    leadId,
    meetingTypeId: client.meetingTypeId,
    startsAt: slot.startsAt,
    repId,
  });
  if (booked.status !== 201) throw new Error(`Booking: ${JSON.stringify(booked.body)}`);
  return booked.body;
}

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let ledgerlyLeadId: number;
    let ledgerlyAppointment: AppointmentDto;
    let rep1Appointment: AppointmentDto;
    let rep3Appointment: AppointmentDto;
    let setter3: Api;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      const setter1 = await t.authed('setter1@demo.test');
      setter3 = await t.authed('setter3@demo.test');
      const [ledgerlyLead, bookedLead] = await freshLeadIds(t, ledgerly.id, 2);
      const [sunpeakLead1, sunpeakLead2] = await freshLeadIds(t, sunpeak.id, 2);
      if (!ledgerlyLead || !bookedLead || !sunpeakLead1 || !sunpeakLead2) throw new Error('No demo leads');
      ledgerlyLeadId = ledgerlyLead;
      ledgerlyAppointment = await bookFirstSlot(
        setter1,
        ledgerly,
        bookedLead,
        await repIdOf(t, 'rep2@demo.test'),
      );
      rep1Appointment = await bookFirstSlot(
        setter1,
        sunpeak,
        sunpeakLead1,
        await repIdOf(t, 'rep1@demo.test'),
      );
      rep3Appointment = await bookFirstSlot(
        setter1,
        sunpeak,
        sunpeakLead2,
        await repIdOf(t, 'rep3@demo.test'),
      );
    });
    afterAll(() => t?.close());

    const expectNotFound = (response: { status: number; body: unknown }) => {
      expect(response.status).toBe(404);
      expect((response.body as ErrorBody).error.code).toBe('NOT_FOUND');
    };

    it('setter3 (SunPeak only) gets 404 for a Ledgerly lead: read, log a call, release, slots', async () => {
      expectNotFound(await setter3.get(`/api/leads/${ledgerlyLeadId}`));
      expectNotFound(
        await setter3.post(`/api/leads/${ledgerlyLeadId}/attempts`, { disposition: 'no_answer' }),
      );
      expectNotFound(await setter3.post(`/api/leads/${ledgerlyLeadId}/release`));
      expectNotFound(
        await setter3.get(`/api/leads/${ledgerlyLeadId}/slots?meetingTypeId=${ledgerly.meetingTypeId}`),
      );
      // The refused call left no trace on the lead.
      const lead = await t.deps.leads.findLead(ledgerlyLeadId);
      expect(lead?.attemptCount).toBe(0);
      expect(await t.deps.leads.attempts(ledgerlyLeadId)).toEqual([]);
    });

    it('setter3 cannot book a Ledgerly lead (404) and the same lead exists for a Ledgerly setter', async () => {
      expectNotFound(
        await setter3.post('/api/appointments', {
          leadId: ledgerlyLeadId,
          meetingTypeId: ledgerly.meetingTypeId,
          startsAt: ledgerlyAppointment.startsAt,
        }),
      );
      const setter1 = await t.authed('setter1@demo.test');
      expect((await setter1.get(`/api/leads/${ledgerlyLeadId}`)).status).toBe(200);
    });

    it('setter3 gets 404 for Ledgerly lists, and list listings hold SunPeak lists only', async () => {
      expectNotFound(await setter3.get(`/api/lists?clientId=${ledgerly.id}`));
      const lists = await setter3.get<{ lists: LeadListDto[] }>('/api/lists');
      expect(lists.status).toBe(200);
      expect(lists.body.lists.map((l) => l.id)).toContain(sunpeak.listId);
      expect(lists.body.lists.every((l) => l.clientId === sunpeak.id)).toBe(true);
    });

    it('setter3 gets 404 for the Ledgerly campaign, its workspace and its queue', async () => {
      expectNotFound(await setter3.get(`/api/campaigns/${ledgerly.campaignId}`));
      expectNotFound(await setter3.get(`/api/campaigns/${ledgerly.campaignId}/workspace`));
      expectNotFound(await setter3.post(`/api/campaigns/${ledgerly.campaignId}/next`));
      const held = await t.deps.database.db
        .selectFrom('leads')
        .select('id')
        .where('client_id', '=', ledgerly.id)
        .where('lease_user_id', 'is not', null)
        .execute();
      expect(held).toEqual([]);
    });

    it('GET /api/campaigns never lists a Ledgerly campaign for setter3', async () => {
      const response = await setter3.get<{ campaigns: CampaignDto[] }>('/api/campaigns');
      expect(response.body.campaigns.map((c) => c.id)).toEqual([sunpeak.campaignId]);
    });

    it('setter3 gets 404 for a Ledgerly appointment and never sees it in GET /api/appointments', async () => {
      expectNotFound(await setter3.get(`/api/appointments/${ledgerlyAppointment.id}`));
      const listed = await setter3.get<{ appointments: AppointmentDto[] }>('/api/appointments');
      const ids = listed.body.appointments.map((a) => a.id);
      expect(ids).not.toContain(ledgerlyAppointment.id);
      expect(ids).toEqual(expect.arrayContaining([rep1Appointment.id, rep3Appointment.id]));
      expect(listed.body.appointments.every((a) => a.clientId === sunpeak.id)).toBe(true);
      const manager = await t.authed('manager@demo.test');
      expect((await manager.get(`/api/appointments/${ledgerlyAppointment.id}`)).status).toBe(200);
    });

    it('a booking naming another client’s campaign is refused (400 VALIDATION campaignId) and books nothing', async () => {
      const setter1 = await t.authed('setter1@demo.test');
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const slots = await setter1.get<SlotsResponse>(
        `/api/leads/${leadId}/slots?meetingTypeId=${sunpeak.meetingTypeId}`,
      );
      const refused = await setter1.post<ErrorBody>('/api/appointments', {
        leadId,
        meetingTypeId: sunpeak.meetingTypeId,
        startsAt: slots.body.slots[0]?.startsAt,
        campaignId: ledgerly.campaignId,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'VALIDATION', field: 'campaignId' });
      const lead = await t.deps.leads.findLead(Number(leadId));
      expect(lead).toMatchObject({ status: 'new', attemptCount: 0 });
    });

    it('ids in a body or query naming another client answer 404: scripts, forms, today’s stats, a meeting type', async () => {
      const { api: sunpeakManager } = await extraUser(t, 'manager', [sunpeak.id]);
      const section = { id: 'opening', title: 'Opening', body: 'Hello' };
      expectNotFound(
        await sunpeakManager.post('/api/scripts', { clientId: ledgerly.id, name: 'X', sections: [section] }),
      );
      const question = {
        id: 'need',
        label: 'Need?',
        type: 'single_choice',
        criterion: 'need',
        weight: 1,
        options: [{ value: 'yes', label: 'Yes', points: 100 }],
      };
      expectNotFound(
        await sunpeakManager.post('/api/qualification-forms', {
          clientId: ledgerly.id,
          name: 'X',
          questions: [question],
          threshold: 50,
        }),
      );
      expect((await t.deps.catalog.listScripts([ledgerly.id])).map((s) => s.name)).not.toContain('X');
      expect((await t.deps.catalog.listForms([ledgerly.id])).map((f) => f.name)).not.toContain('X');
      expectNotFound(await setter3.get(`/api/stats/today?clientId=${ledgerly.id}`));
      expectNotFound(await sunpeakManager.get(`/api/stats/today?clientId=${ledgerly.id}`));
      // setter1 works for both clients, yet a lead is only offered its own client's meeting types.
      const setter1 = await t.authed('setter1@demo.test');
      const [sunpeakLead] = await freshLeadIds(t, sunpeak.id, 1);
      for (const api of [setter1, setter3]) {
        expectNotFound(
          await api.get(`/api/leads/${sunpeakLead}/slots?meetingTypeId=${ledgerly.meetingTypeId}`),
        );
      }
    });

    it('a rep sees only their own appointments, and 404 for a colleague’s', async () => {
      const rep1 = await t.authed('rep1@demo.test');
      const rep3 = await t.authed('rep3@demo.test');
      const ofRep1 = await rep1.get<{ appointments: AppointmentDto[] }>('/api/appointments');
      const ofRep3 = await rep3.get<{ appointments: AppointmentDto[] }>('/api/appointments');
      expect(ofRep1.body.appointments.map((a) => a.id)).toEqual([rep1Appointment.id]);
      expect(ofRep3.body.appointments.map((a) => a.id)).toEqual([rep3Appointment.id]);
      expectNotFound(await rep1.get(`/api/appointments/${rep3Appointment.id}`));
      expectNotFound(await rep3.get(`/api/appointments/${ledgerlyAppointment.id}`));
      expect((await rep1.get(`/api/appointments/${rep1Appointment.id}`)).status).toBe(200);
    });
  });
}
