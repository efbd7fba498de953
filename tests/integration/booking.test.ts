import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto, SlotsResponse } from '../../src/contracts/appointments.ts';
import type { LeadDetail } from '../../src/contracts/leads.ts';
import type { TodayStats } from '../../src/contracts/stats.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, freshLeadIds, repIdOf, userIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';
import { wallClock } from './support/test-clock.ts';

afterAll(dropTestDatabases);

const solarAnswers = { homeowner: 'own', bill: 300, roof_age: 5, timeline: 'half_year' };

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let rep1: number;
    let rep3: number;
    let setter1: Api;
    const slotsOf = async (api: Api, leadId: number) =>
      api.get<SlotsResponse>(`/api/leads/${leadId}/slots?meetingTypeId=${sunpeak.meetingTypeId}&limit=500`);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      rep1 = await repIdOf(t, 'rep1@demo.test');
      rep3 = await repIdOf(t, 'rep3@demo.test');
      setter1 = await t.authed('setter1@demo.test');
    });
    afterAll(() => t?.close());

    it('slots offer only the reps of the lead’s client, inside their hours and after the notice', async () => {
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const response = await slotsOf(setter1, Number(leadId));
      expect(response.status).toBe(200);
      expect(response.body.reps.map((r) => r.id).sort()).toEqual([rep1, rep3].sort());
      const slots = response.body.slots;
      expect(slots.length).toBeGreaterThan(0);
      const zoneOf = new Map(response.body.reps.map((r) => [r.id, r.timeZone]));
      const offered = new Set(slots.flatMap((s) => s.repIds));
      expect([...offered].sort()).toEqual([rep1, rep3].sort());
      for (const slot of slots) {
        // Minimum notice of the demo meeting type: 120 minutes.
        expect(at(slot.startsAt).epochMilliseconds).toBeGreaterThanOrEqual(
          t.clock().add({ minutes: 120 }).epochMilliseconds,
        );
        for (const repId of slot.repIds) {
          const zone = zoneOf.get(repId) ?? 'UTC';
          expect(wallClock(at(slot.startsAt), zone) >= '09:00').toBe(true);
          expect(wallClock(at(slot.endsAt), zone) <= '17:00').toBe(true);
        }
      }
      const foreignType = await setter1.get<ErrorBody>(
        `/api/leads/${leadId}/slots?meetingTypeId=${ledgerly.meetingTypeId}`,
      );
      expect(foreignType.status).toBe(404);
    });

    it('booking answers 201, sets the lead to appointment_set and takes the slot off the rep', async () => {
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const slot = (await slotsOf(setter1, Number(leadId))).body.slots.find((s) => s.repIds.includes(rep1));
      if (!slot) throw new Error('No slot for rep1');
      const body = {
        leadId,
        meetingTypeId: sunpeak.meetingTypeId,
        startsAt: slot.startsAt,
        repId: rep1,
        locationKind: 'video',
        questionsAsked: 'How long does installation take?',
        qualification: { formId: sunpeak.formId, answers: solarAnswers, interest: 'hot' },
        idempotencyKey: `booking-${dialect}-${leadId}`,
      };
      const booked = await setter1.post<AppointmentDto>('/api/appointments', body);
      expect(booked.status).toBe(201);
      expect(booked.body).toMatchObject({ status: 'scheduled', startsAt: slot.startsAt, rep: { id: rep1 } });
      const detail = await setter1.get<LeadDetail>(`/api/leads/${leadId}`);
      expect(detail.body.lead.status).toBe('appointment_set');
      expect(detail.body.attempts.map((a) => a.disposition)).toEqual(['appointment_set']);
      const after = await slotsOf(setter1, Number(leadId));
      const same = after.body.slots.find((s) => s.startsAt === slot.startsAt);
      expect(same?.repIds ?? []).not.toContain(rep1);

      // A retry with the same idempotency key (a double click, a lost response) books nothing new.
      const retried = await setter1.post<AppointmentDto>('/api/appointments', body);
      expect(retried.status).toBe(200);
      expect(retried.body.id).toBe(booked.body.id);
      const rows = await t.deps.database.db
        .selectFrom('appointments')
        .select('id')
        .where('lead_id', '=', Number(leadId))
        .execute();
      expect(rows).toHaveLength(1);
      expect((await setter1.get<LeadDetail>(`/api/leads/${leadId}`)).body.attempts).toHaveLength(1);

      // The rep walks in with the qualification summary and the prospect's questions.
      const rep = await t.authed('rep1@demo.test');
      const agenda = await rep.get<{ appointments: AppointmentDto[] }>('/api/appointments');
      const mine = agenda.body.appointments.find((a) => a.id === booked.body.id);
      expect(mine?.questionsAsked).toBe('How long does installation take?');
      expect(mine?.qualification).toMatchObject({ score: 91, qualified: true, interest: 'hot' });
      expect(mine?.qualification?.answers).toContainEqual({
        question: 'Do you own the home?',
        answer: 'Owns the home',
      });
      const other = await t.authed('rep3@demo.test');
      const theirs = await other.get<{ appointments: AppointmentDto[] }>('/api/appointments');
      expect(theirs.body.appointments.map((a) => a.id)).not.toContain(booked.body.id);
    });

    it('a double submit with one idempotency key books once: both answers carry the same appointment', async () => {
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const slot = (await slotsOf(setter1, Number(leadId))).body.slots.find(
        (s) => s.repIds.includes(rep1) && s.repIds.includes(rep3),
      );
      if (!slot) throw new Error('No slot free for both reps');
      const body = {
        leadId,
        meetingTypeId: sunpeak.meetingTypeId,
        startsAt: slot.startsAt,
        idempotencyKey: `double-click-${dialect}-${leadId}`,
      };
      const responses = await Promise.all([
        setter1.post<AppointmentDto>('/api/appointments', body),
        setter1.post<AppointmentDto>('/api/appointments', body),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 201]);
      expect(responses[0]?.body.id).toBe(responses[1]?.body.id);
      const appointments = await t.deps.database.db
        .selectFrom('appointments')
        .select('id')
        .where('lead_id', '=', Number(leadId))
        .execute();
      expect(appointments).toHaveLength(1);
      // No stray "appointment set" call from the request that lost.
      expect((await setter1.get<LeadDetail>(`/api/leads/${leadId}`)).body.attempts).toHaveLength(1);
    });

    it('10 setters booking the same rep and time at once: exactly one wins, nine get 409 SLOT_TAKEN', async () => {
      const leadIds = await freshLeadIds(t, sunpeak.id, 10);
      const slots = (await slotsOf(setter1, leadIds[0] ?? 0)).body.slots;
      const slot = slots.filter((s) => s.repIds.includes(rep3))[3];
      if (!slot) throw new Error('No slot for rep3');
      const emails = [
        'setter1@demo.test',
        'setter2@demo.test',
        'setter3@demo.test',
        'manager@demo.test',
        'admin@demo.test',
      ];
      const apis = await Promise.all(emails.map((email) => t.authed(email)));
      const responses = await Promise.all(
        leadIds.map((leadId, i) =>
          (apis[i % apis.length] as Api).post<AppointmentDto | ErrorBody>('/api/appointments', {
            leadId,
            meetingTypeId: sunpeak.meetingTypeId,
            startsAt: slot.startsAt,
            repId: rep3,
          }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
      for (const response of responses.filter((r) => r.status === 409)) {
        expect((response.body as ErrorBody).error.code).toBe('SLOT_TAKEN');
      }
      const booked = await t.deps.database.db
        .selectFrom('appointments')
        .select(['lead_id'])
        .where('rep_id', '=', rep3)
        .where('starts_at', '=', at(slot.startsAt).epochMilliseconds)
        .execute();
      expect(booked).toHaveLength(1);
      // The losers' leads are untouched: no half-stored attempt, status still new.
      const losers = leadIds.filter((id) => id !== booked[0]?.lead_id);
      const touched = await t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'status', 'attempt_count'])
        .where('id', 'in', losers)
        .execute();
      expect(touched.every((l) => l.status === 'new' && l.attempt_count === 0)).toBe(true);
    });

    it('a manager’s today stats count each setter’s attempts, contacts and appointments set', async () => {
      const manager = await t.authed('manager@demo.test');
      const setter2 = await t.authed('setter2@demo.test');
      const setter2Id = await userIdOf(t, 'setter2@demo.test');
      const countsOf = async () => {
        const stats = await manager.get<TodayStats>(`/api/stats/today?clientId=${sunpeak.id}`);
        expect(stats.body.localDate).toBe('2026-06-10');
        const row = stats.body.setters.find((s) => s.setterId === setter2Id);
        return { attempts: row?.attempts ?? 0, contacts: row?.contacts ?? 0, set: row?.appointmentsSet ?? 0 };
      };
      const before = await countsOf();
      const [noAnswer, callBack, booked] = await freshLeadIds(t, sunpeak.id, 3);
      await setter2.post(`/api/leads/${noAnswer}/attempts`, { disposition: 'no_answer' });
      await setter2.post(`/api/leads/${callBack}/attempts`, {
        disposition: 'call_back',
        callbackAt: '2026-06-11T15:00:00Z',
      });
      const slot = (await slotsOf(setter2, Number(booked))).body.slots[0];
      const appointment = await setter2.post('/api/appointments', {
        leadId: booked,
        meetingTypeId: sunpeak.meetingTypeId,
        startsAt: slot?.startsAt,
      });
      expect(appointment.status).toBe(201);
      const after = await countsOf();
      expect(after).toEqual({
        attempts: before.attempts + 3,
        contacts: before.contacts + 2,
        set: before.set + 1,
      });
      const own = await setter2.get<TodayStats>('/api/stats/today');
      expect(own.body.setters.map((s) => s.setterId)).toEqual([setter2Id]);
    });
  });
}
