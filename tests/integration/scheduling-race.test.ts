import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto, SlotsResponse } from '../../src/contracts/appointments.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, extraSetters, freshLeadIds, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

const racers = 50;

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let setters: Api[];
    let rep1: number;
    let rep3: number;
    const usedLeads: number[] = [];
    const leads = async (count: number) => {
      const ids = await freshLeadIds(t, sunpeak.id, count, { exclude: usedLeads });
      usedLeads.push(...ids);
      return ids;
    };
    const slotsOf = async (leadId: number) =>
      (
        await setters[0]?.get<SlotsResponse>(
          `/api/leads/${leadId}/slots?meetingTypeId=${sunpeak.meetingTypeId}&limit=500`,
        )
      )?.body.slots ?? [];
    /** Every lead booked at once for the same start, each by one of the setters. */
    const race = (leadIds: number[], startsAt: string, repId?: number) =>
      Promise.all(
        leadIds.map((leadId, i) =>
          (setters[i % setters.length] as Api).post<AppointmentDto | ErrorBody>('/api/appointments', {
            leadId,
            meetingTypeId: sunpeak.meetingTypeId,
            startsAt,
            ...(repId === undefined ? {} : { repId }),
          }),
        ),
      );
    const bookedAt = (startsAt: string) =>
      t.deps.database.db
        .selectFrom('appointments')
        .select(['rep_id', 'lead_id'])
        .where('starts_at', '=', at(startsAt).epochMilliseconds)
        .where('status', '=', 'scheduled')
        .execute();

    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 2 * racers + 10 });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      setters = (await extraSetters(t, 10, [sunpeak.id])).map((s) => s.api);
      rep1 = await repIdOf(t, 'rep1@demo.test');
      rep3 = await repIdOf(t, 'rep3@demo.test');
    });
    afterAll(() => t?.close());

    it(`${racers} setters booking one rep at one time at once: exactly one 201, the rest 409 SLOT_TAKEN`, async () => {
      const leadIds = await leads(racers);
      const slot = (await slotsOf(leadIds[0] ?? 0)).filter((s) => s.repIds.includes(rep3))[4];
      if (!slot) throw new Error('No slot for rep3');
      const responses = await race(leadIds, slot.startsAt, rep3);
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(racers - 1);
      for (const response of responses.filter((r) => r.status === 409)) {
        expect((response.body as ErrorBody).error.code).toBe('SLOT_TAKEN');
      }
      const booked = await bookedAt(slot.startsAt);
      expect(booked).toEqual([{ rep_id: rep3, lead_id: expect.any(Number) }]);
      const attempts = await t.deps.database.db
        .selectFrom('call_attempts')
        .select('id')
        .where('lead_id', 'in', leadIds)
        .execute();
      expect(attempts).toHaveLength(1);
    });

    it(`${racers} round-robin bookings of one time with two free reps: exactly two win, one per rep`, async () => {
      const leadIds = await leads(racers);
      const slot = (await slotsOf(leadIds[0] ?? 0)).filter(
        (s) => s.repIds.includes(rep1) && s.repIds.includes(rep3),
      )[6];
      if (!slot) throw new Error('No slot free for both reps');
      const responses = await race(leadIds, slot.startsAt);
      const winners = responses.filter((r) => r.status === 201).map((r) => (r.body as AppointmentDto).rep.id);
      expect(winners.sort((a, b) => a - b)).toEqual([rep1, rep3].sort((a, b) => a - b));
      expect(responses.filter((r) => r.status === 409)).toHaveLength(racers - 2);
      expect((await bookedAt(slot.startsAt)).map((b) => b.rep_id).sort((a, b) => a - b)).toEqual(
        [rep1, rep3].sort((a, b) => a - b),
      );
    });
  });
}
