import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto, SlotsResponse } from '../../src/contracts/appointments.ts';
import type { MeetingTypeDetailDto, RepDto } from '../../src/contracts/reps.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, freshLeadIds, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';
import { wallClock } from './support/test-clock.ts';

afterAll(dropTestDatabases);

const put = <T>(api: Api, url: string, body: unknown) => api.request<T>({ method: 'PUT', url, body });
const del = <T>(api: Api, url: string) => api.request<T>({ method: 'DELETE', url });
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startLocal: '09:00', endLocal: '17:00' }));
const errorOf = (response: { status: number; body: unknown }) => ({
  status: response.status,
  code: (response.body as ErrorBody).error?.code,
  field: (response.body as ErrorBody).error?.field,
});
/** 'YYYY-MM-DDTHH:MM' starts of the slots on a wall clock. */
const localStarts = (slots: SlotsResponse['slots'], timeZone: string) =>
  slots.map((s) => at(s.startsAt).toZonedDateTimeISO(timeZone).toPlainDateTime().toString().slice(0, 16));

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let manager: Api;
    let setter1: Api;
    let setter2: Api;
    let survey: MeetingTypeDetailDto;
    const rep: Record<'byState' | 'byPostal' | 'byAreaCode' | 'elsewhere' | 'noSkill' | 'inactive', number> =
      {
        byState: 0,
        byPostal: 0,
        byAreaCode: 0,
        elsewhere: 0,
        noSkill: 0,
        inactive: 0,
      };
    const usedLeads: number[] = [];
    /** A fresh SunPeak lead in Austin, Texas: state TX, ZIP 78701, area code 512. */
    const austinLead = async (): Promise<number> => {
      const [id] = await freshLeadIds(t, sunpeak.id, 1, { exclude: usedLeads });
      if (id === undefined) throw new Error('No fresh lead');
      usedLeads.push(id);
      await t.deps.database.db
        .updateTable('leads')
        .set({ state: 'TX', postal_code: '78701', phone: '+15125550100', time_zone: 'America/Chicago' })
        .where('id', '=', id)
        .execute();
      return id;
    };
    const slotsOf = (api: Api, leadId: number, query = '', typeId = survey.id) =>
      api.get<SlotsResponse>(`/api/leads/${leadId}/slots?meetingTypeId=${typeId}&limit=500${query}`);
    const addRep = async (name: string, timeZone: string, fields: Record<string, unknown>) => {
      const created = await manager.post<RepDto>('/api/reps', {
        clientId: sunpeak.id,
        name,
        email: `${name.toLowerCase().replaceAll(' ', '.')}@sunpeak.test`,
        timeZone,
        weeklyHours: weekdays,
        skills: ['Roofing'],
        ...fields,
      });
      if (created.status !== 201) throw new Error(`Rep ${name}: ${JSON.stringify(created.body)}`);
      return created.body.id;
    };
    const addType = async (fields: Record<string, unknown> = {}) => {
      const created = await manager.post<MeetingTypeDetailDto>('/api/meeting-types', {
        clientId: sunpeak.id,
        name: 'Roof survey',
        durationMinutes: 60,
        minimumNoticeMinutes: 0,
        slotStepMinutes: 60,
        horizonDays: 7,
        locationKinds: ['phone', 'video'],
        requiredSkills: ['roofing'],
        ...fields,
      });
      if (created.status !== 201) throw new Error(`Meeting type: ${JSON.stringify(created.body)}`);
      return created.body;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 30 });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      manager = await t.authed('manager@demo.test');
      setter1 = await t.authed('setter1@demo.test');
      setter2 = await t.authed('setter2@demo.test');
      survey = await addType();
      rep.byState = await addRep('By State', 'America/New_York', { territory: { states: ['TX'] } });
      rep.byPostal = await addRep('By Postal', 'America/Chicago', { territory: { postalPrefixes: ['787'] } });
      rep.byAreaCode = await addRep('By Area Code', 'America/Denver', { territory: { areaCodes: ['512'] } });
      rep.elsewhere = await addRep('Elsewhere', 'America/Los_Angeles', { territory: { states: ['CA'] } });
      rep.noSkill = await addRep('No Skill', 'America/Phoenix', { skills: [] });
      rep.inactive = await addRep('Inactive', 'America/Chicago', { active: false });
    });
    afterAll(() => t?.close());

    it('eligible: a territory holding the lead by state, ZIP prefix or area code, with the skill — not elsewhere, unskilled, inactive or demo reps', async () => {
      const response = await slotsOf(setter1, await austinLead());
      expect(response.status).toBe(200);
      const eligible = [rep.byState, rep.byPostal, rep.byAreaCode].sort((a, b) => a - b);
      expect(response.body.reps.map((r) => r.id)).toEqual(eligible);
      const offered = new Set(response.body.slots.flatMap((s) => s.repIds));
      expect([...offered].sort((a, b) => a - b)).toEqual(eligible);
      // Each rep inside their own 09:00–17:00: a New York lead window 09:00 ET … 19:00 ET (Denver 17:00).
      for (const slot of response.body.slots) {
        for (const repId of slot.repIds) {
          const zone = response.body.reps.find((r) => r.id === repId)?.timeZone ?? 'UTC';
          expect(wallClock(at(slot.startsAt), zone) >= '09:00').toBe(true);
          expect(wallClock(at(slot.endsAt), zone) <= '17:00').toBe(true);
        }
      }
    });

    it('a location kind the type does not allow, or a rep who is not eligible, answers 400; a chosen rep alone otherwise', async () => {
      const leadId = await austinLead();
      expect(errorOf(await slotsOf(setter1, leadId, '&locationKind=in_person'))).toMatchObject({
        status: 400,
        code: 'VALIDATION',
        field: 'locationKind',
      });
      expect((await slotsOf(setter1, leadId, '&locationKind=video')).status).toBe(200);
      for (const other of [rep.elsewhere, rep.noSkill, rep.inactive, await repIdOf(t, 'rep2@demo.test')]) {
        expect(errorOf(await slotsOf(setter1, leadId, `&repId=${other}`))).toMatchObject({
          status: 400,
          field: 'repId',
        });
      }
      const chosen = await slotsOf(setter1, leadId, `&repId=${rep.byPostal}`);
      expect(chosen.body.reps.map((r) => r.id)).toEqual([rep.byPostal]);
      expect(chosen.body.slots.length).toBeGreaterThan(0);
      expect(chosen.body.slots.every((s) => s.repIds.length === 1 && s.repIds[0] === rep.byPostal)).toBe(
        true,
      );
    });

    it('a meeting type naming its reps offers only those of them who are eligible', async () => {
      const named = await addType({
        name: 'Named reps',
        repIds: [rep.byAreaCode, rep.elsewhere, rep.noSkill],
      });
      const response = await slotsOf(setter1, await austinLead(), '', named.id);
      expect(response.body.reps.map((r) => r.id)).toEqual([rep.byAreaCode]);
    });

    it('a date override replaces the day’s hours ([] = day off) and time off removes slots; removing them restores', async () => {
      const leadId = await austinLead();
      const ny = 'America/New_York';
      const only = `&repId=${rep.byState}`;
      const on = async (date: string) =>
        localStarts((await slotsOf(setter1, leadId, only)).body.slots, ny).filter((s) => s.startsWith(date));
      const fullDay = ['09', '10', '11', '12', '13', '14', '15', '16'].map((h) => `2026-06-15T${h}:00`);
      expect(await on('2026-06-15')).toEqual(fullDay);
      const overrideUrl = `/api/reps/${rep.byState}/overrides/2026-06-15`;
      expect((await put(manager, overrideUrl, { intervals: [] })).status).toBe(200);
      expect(await on('2026-06-15')).toEqual([]);
      await put(manager, overrideUrl, { intervals: [{ startLocal: '13:00', endLocal: '15:00' }] });
      expect(await on('2026-06-15')).toEqual(['2026-06-15T13:00', '2026-06-15T14:00']);
      expect((await del(manager, overrideUrl)).status).toBe(200);
      expect(await on('2026-06-15')).toEqual(fullDay);

      // 10:00–14:00 New York time on Tuesday.
      const withTimeOff = await manager.post<RepDto>(`/api/reps/${rep.byState}/time-off`, {
        startsAt: '2026-06-16T14:00:00Z',
        endsAt: '2026-06-16T18:00:00Z',
        reason: 'Dentist',
      });
      expect(await on('2026-06-16')).toEqual(['09', '14', '15', '16'].map((h) => `2026-06-16T${h}:00`));
      await del(manager, `/api/reps/${rep.byState}/time-off/${withTimeOff.body.timeOff[0]?.id}`);
      expect(await on('2026-06-16')).toHaveLength(8);
    });

    it('the lead’s owner rep comes first in every slot and is preferred by a round-robin booking', async () => {
      const [owned, other] = [await austinLead(), await austinLead()];
      await t.deps.database.db
        .updateTable('leads')
        .set({ owner_rep_id: rep.byAreaCode })
        .where('id', '=', owned)
        .execute();
      const slots = (await slotsOf(setter1, owned)).body.slots;
      const shared = slots.filter((s) => s.repIds.length === 3);
      expect(shared.length).toBeGreaterThan(0);
      for (const slot of slots.filter((s) => s.repIds.includes(rep.byAreaCode))) {
        expect(slot.repIds[0]).toBe(rep.byAreaCode);
      }
      const slot = shared[2];
      const book = (leadId: number) =>
        setter1.post<AppointmentDto>('/api/appointments', {
          leadId,
          meetingTypeId: survey.id,
          startsAt: slot?.startsAt,
        });
      const ownerBooking = await book(owned);
      expect(ownerBooking.status).toBe(201);
      expect(ownerBooking.body.rep.id).toBe(rep.byAreaCode);
      // Without an owner, fair round-robin: nobody booked yet, so the lowest id of the free reps.
      const fair = await book(other);
      expect(fair.status).toBe(201);
      expect(fair.body.rep.id).toBe(Math.min(rep.byState, rep.byPostal));
    });

    it('a meeting type with a chosen rep policy refuses a booking without repId (400) and books with one', async () => {
      const chosen = await addType({ name: 'Chosen rep survey', assignment: 'chosen' });
      const leadId = await austinLead();
      const slot = (await slotsOf(setter1, leadId, '', chosen.id)).body.slots[5];
      const body = { leadId, meetingTypeId: chosen.id, startsAt: slot?.startsAt };
      expect(errorOf(await setter1.post('/api/appointments', body))).toMatchObject({
        status: 400,
        code: 'VALIDATION',
        field: 'repId',
      });
      const repId = slot?.repIds[0];
      const booked = await setter1.post<AppointmentDto>('/api/appointments', { ...body, repId });
      expect(booked.status).toBe(201);
      expect(booked.body.rep.id).toBe(repId);
      const foreign = await setter1.post('/api/appointments', { ...body, repId: rep.elsewhere });
      expect(errorOf(foreign)).toMatchObject({ status: 400, field: 'repId' });
    });

    it('a hold keeps the slot for its setter for two minutes: hidden from others, their booking is 409, the holder books', async () => {
      const [mine, theirs, later] = [await austinLead(), await austinLead(), await austinLead()];
      const repAt = (slots: SlotsResponse['slots'], startsAt: string) =>
        slots.find((s) => s.startsAt === startsAt)?.repIds ?? [];
      const slot = (await slotsOf(setter1, mine, `&repId=${rep.byPostal}`)).body.slots[10];
      if (!slot) throw new Error('No slot');
      const held = await setter1.post<{ id: number; repId: number; expiresAt: string }>('/api/slot-holds', {
        leadId: mine,
        meetingTypeId: survey.id,
        startsAt: slot.startsAt,
        repId: rep.byPostal,
      });
      expect(held.status).toBe(201);
      expect(held.body).toMatchObject({
        repId: rep.byPostal,
        expiresAt: t.clock().add({ minutes: 2 }).toString(),
      });
      expect(repAt((await slotsOf(setter2, theirs)).body.slots, slot.startsAt)).not.toContain(rep.byPostal);
      expect(repAt((await slotsOf(setter1, mine)).body.slots, slot.startsAt)).toContain(rep.byPostal);
      const taken = await setter2.post('/api/appointments', {
        leadId: theirs,
        meetingTypeId: survey.id,
        startsAt: slot.startsAt,
        repId: rep.byPostal,
      });
      expect(errorOf(taken)).toMatchObject({ status: 409, code: 'SLOT_TAKEN' });
      const holdAgain = {
        leadId: theirs,
        meetingTypeId: survey.id,
        startsAt: slot.startsAt,
        repId: rep.byPostal,
      };
      expect(errorOf(await setter2.post('/api/slot-holds', holdAgain))).toMatchObject({ status: 409 });
      const booked = await setter1.post<AppointmentDto>('/api/appointments', {
        leadId: mine,
        meetingTypeId: survey.id,
        startsAt: slot.startsAt,
        repId: rep.byPostal,
      });
      expect(booked.status).toBe(201);
      const left = await t.deps.database.db
        .selectFrom('slot_holds')
        .select('id')
        .where('lead_id', '=', mine)
        .execute();
      expect(left).toEqual([]);

      // A hold nobody books is over after two minutes.
      const next = (await slotsOf(setter1, later, `&repId=${rep.byPostal}`)).body.slots[20];
      if (!next) throw new Error('No slot');
      const hold = { leadId: later, meetingTypeId: survey.id, startsAt: next.startsAt, repId: rep.byPostal };
      expect((await setter1.post('/api/slot-holds', hold)).status).toBe(201);
      expect(repAt((await slotsOf(setter2, theirs)).body.slots, next.startsAt)).not.toContain(rep.byPostal);
      t.clock.advance({ minutes: 2, seconds: 1 });
      expect(repAt((await slotsOf(setter2, theirs)).body.slots, next.startsAt)).toContain(rep.byPostal);
    });
  });
}
