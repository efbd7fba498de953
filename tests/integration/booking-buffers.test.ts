import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto } from '../../src/contracts/appointments.ts';
import type { MeetingTypeDetailDto } from '../../src/contracts/reps.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { slotsFor } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, freshLeadIds, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

const newYork = 'America/New_York';
/** The instant of a New York wall time, as the API writes it. */
const nyTime = (plain: string) =>
  Temporal.PlainDateTime.from(plain).toZonedDateTime(newYork).toInstant().toString();

// Each appointment keeps the range it was booked with (its own buffers): slots offered for any
// meeting type stay clear of it by the same rule the booking transaction checks.
for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let rep1: number;
    let setter1: Api;
    let buffered: MeetingTypeDetailDto;
    let tight: MeetingTypeDetailDto;

    const addType = async (name: string, buffers: number, step: number) => {
      const manager = await t.authed('manager@demo.test');
      const created = await manager.post<MeetingTypeDetailDto>('/api/meeting-types', {
        clientId: sunpeak.id,
        name,
        durationMinutes: 30,
        bufferBeforeMinutes: buffers,
        bufferAfterMinutes: buffers,
        minimumNoticeMinutes: 120,
        slotStepMinutes: step,
        horizonDays: 7,
        locationKinds: ['phone'],
        repIds: [rep1],
      });
      if (created.status !== 201) throw new Error(`meeting type: ${JSON.stringify(created.body)}`);
      return created.body;
    };
    const freshLead = async () => {
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      if (leadId === undefined) throw new Error('No fresh lead');
      return leadId;
    };
    /** The slots of a meeting type for a fresh lead on one New York date. */
    const slotsOn = async (type: MeetingTypeDetailDto, date: string, leadId: number) =>
      (await slotsFor(setter1, leadId, type.id)).filter((s) => s.startsAt.startsWith(date));
    const book = (type: MeetingTypeDetailDto, leadId: number, startsAt: string) =>
      setter1.post<AppointmentDto & ErrorBody>('/api/appointments', {
        leadId,
        meetingTypeId: type.id,
        startsAt,
        repId: rep1,
      });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      rep1 = await repIdOf(t, 'rep1@demo.test');
      setter1 = await t.authed('setter1@demo.test');
      buffered = await addType('Site survey', 30, 30);
      tight = await addType('Quick call', 0, 15);
    });
    afterAll(() => t?.close());

    it('after a 30-minute-buffer appointment 09:30–10:00, a type without buffers is offered 10:30 and books it', async () => {
      const first = await book(buffered, await freshLead(), nyTime('2026-06-12T09:30'));
      expect(first.status).toBe(201);
      const leadId = await freshLead();
      const next = (await slotsOn(tight, '2026-06-12', leadId)).find(
        (s) => s.startsAt >= nyTime('2026-06-12T10:00'),
      );
      expect(next?.startsAt).toBe(nyTime('2026-06-12T10:30'));
      const booked = await book(tight, leadId, next?.startsAt ?? '');
      expect(booked.status).toBe(201);
    });

    it('every slot offered on a day either books or is gone from the next list: none is refused while shown', async () => {
      const day = '2026-06-15';
      expect((await book(buffered, await freshLead(), nyTime(`${day}T09:30`))).status).toBe(201);
      const offered = await slotsOn(tight, day, await freshLead());
      expect(offered.length).toBeGreaterThan(0);
      let booked = 0;
      for (const slot of offered) {
        const leadId = await freshLead();
        const answer = await book(tight, leadId, slot.startsAt);
        if (answer.status === 201) {
          booked++;
          continue;
        }
        expect(answer.body.error.code).toBe('SLOT_TAKEN');
        const after = await slotsOn(tight, day, leadId);
        expect(after.map((s) => s.startsAt)).not.toContain(slot.startsAt);
      }
      // The rep's daily cap (8) ends the day: the buffered appointment and seven quick calls.
      expect(booked).toBe(7);
    });
  });
}
