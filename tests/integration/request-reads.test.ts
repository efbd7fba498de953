import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppointmentDto } from '../../src/contracts/appointments.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { bookFreshLead, slotsFor } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, freshLeadIds, repIdOf, userIdOf } from './support/demo-data.ts';
import type { Api } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

const solarAnswers = { homeowner: 'own', bill: 300, roof_age: 5, timeline: 'half_year' };

// What a request reads and writes, not only what it answers: a busy floor makes these add up.
for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let rep1: number;
    let setter1: Api;

    /** How many SQL statements the app runs outside transactions while `work` runs. */
    const countQueries = async (work: () => Promise<unknown>) => {
      const spy = vi.spyOn(t.deps.database.db.getExecutor(), 'executeQuery');
      try {
        await work();
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      rep1 = await repIdOf(t, 'rep1@demo.test');
      setter1 = await t.authed('setter1@demo.test');
    });
    afterAll(() => t?.close());

    it('GET /api/appointments reads as many statements for six appointments as for two', async () => {
      const rita = await t.authed('rep1@demo.test');
      const agenda = () => rita.get<{ appointments: AppointmentDto[] }>('/api/appointments');
      const booked: number[] = [];
      const bookMore = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const appointment = await bookFreshLead(t, setter1, sunpeak, { repId: rep1, exclude: booked });
          booked.push(appointment.lead.id);
        }
      };
      await bookMore(2);
      expect((await agenda()).body.appointments).toHaveLength(2);
      const forTwo = await countQueries(agenda);
      expect(forTwo).toBeGreaterThan(0);
      await bookMore(4);
      expect((await agenda()).body.appointments).toHaveLength(6);
      expect(await countQueries(agenda)).toBe(forTwo);
      // The batch still carries each lead and its latest qualification.
      const listed = (await agenda()).body.appointments;
      expect(listed.map((a) => a.lead.id).sort()).toEqual([...booked].sort());
    });

    it('slots, a booking and a call read the meeting type, the form and the reps by id, never whole lists', async () => {
      const listForms = vi.spyOn(t.deps.catalog, 'listForms');
      const listMeetingTypes = vi.spyOn(t.deps.catalog, 'listMeetingTypes');
      const findForm = vi.spyOn(t.deps.catalog, 'findForm');
      const busyIntervals = vi.spyOn(t.deps.reps, 'busyIntervals');
      try {
        const [booked, called] = await freshLeadIds(t, sunpeak.id, 2);
        const [slot] = await slotsFor(setter1, Number(booked), sunpeak.meetingTypeId);
        expect(busyIntervals).toHaveBeenCalled();
        const qualification = { formId: sunpeak.formId, answers: solarAnswers };
        const booking = await setter1.post('/api/appointments', {
          leadId: booked,
          meetingTypeId: sunpeak.meetingTypeId,
          startsAt: slot?.startsAt,
          qualification,
        });
        expect(booking.status).toBe(201);
        const call = await setter1.post(`/api/leads/${called}/attempts`, {
          disposition: 'not_qualified',
          reason: 'Renting',
          qualification,
        });
        expect(call.status).toBe(201);
        expect(findForm.mock.calls).toEqual([[sunpeak.formId], [sunpeak.formId]]);
        expect(listMeetingTypes).not.toHaveBeenCalled();
        // Only the booking's answer lists the forms, once, to label the rep's summary.
        expect(listForms).toHaveBeenCalledTimes(1);
      } finally {
        vi.restoreAllMocks();
      }
    });

    it('an API token records its last use at most once a minute', async () => {
      const api = await t.bearer('setter2@demo.test');
      const lastUsed = async () =>
        (
          await t.deps.database.db
            .selectFrom('api_tokens')
            .select('last_used_at')
            .where('user_id', '=', await userIdOf(t, 'setter2@demo.test'))
            .orderBy('id', 'desc')
            .executeTakeFirstOrThrow()
        ).last_used_at;
      const start = t.clock().epochMilliseconds;
      expect((await api.get('/api/campaigns')).status).toBe(200);
      expect(await lastUsed()).toBe(start);
      t.clock.advance({ seconds: 59 });
      expect((await api.get('/api/campaigns')).status).toBe(200);
      expect(await lastUsed()).toBe(start);
      t.clock.advance({ seconds: 1 });
      expect((await api.get('/api/campaigns')).status).toBe(200);
      expect(await lastUsed()).toBe(start + 60_000);
    });
  });
}
