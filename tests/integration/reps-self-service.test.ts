import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto } from '../../src/contracts/appointments.ts';
import type { RepDto } from '../../src/contracts/reps.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { bookFreshLead } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

const nineToFive = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startLocal: '09:00', endLocal: '17:00' }));
const send = <T>(api: Api, method: 'PUT' | 'DELETE', url: string, body?: unknown) =>
  api.request<T>({ method, url, ...(body === undefined ? {} : { body }) });
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let rita: Api;
    let dana: Api;
    let manager: Api;
    let setter: Api;
    let ritaRep: number;
    let danaRep: number;
    let benRep: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      [rita, dana, manager, setter] = await Promise.all([
        t.authed('rep1@demo.test'),
        t.authed('rep3@demo.test'),
        t.authed('manager@demo.test'),
        t.authed('setter1@demo.test'),
      ]);
      [ritaRep, danaRep, benRep] = await Promise.all([
        repIdOf(t, 'rep1@demo.test'),
        repIdOf(t, 'rep3@demo.test'),
        repIdOf(t, 'rep2@demo.test'),
      ]);
    });
    afterAll(() => t?.close());

    it('GET /api/reps/mine gives the signed-in rep their own record only', async () => {
      const mine = await rita.get<{ reps: RepDto[] }>('/api/reps/mine');
      expect(mine.status).toBe(200);
      expect(mine.body.reps.map((r) => r.id)).toEqual([ritaRep]);
      // A manager is no rep: the list is empty, not every rep.
      expect((await manager.get<{ reps: RepDto[] }>('/api/reps/mine')).body.reps).toEqual([]);
    });

    it('a rep replaces their own weekly hours; the other fields stay as the manager set them', async () => {
      const before = (await rita.get<{ reps: RepDto[] }>('/api/reps/mine')).body.reps[0];
      const saved = await send<RepDto>(rita, 'PUT', `/api/reps/${ritaRep}/weekly-hours`, {
        weeklyHours: nineToFive,
      });
      expect(saved.status).toBe(200);
      expect(saved.body.weeklyHours).toEqual(nineToFive);
      expect(saved.body).toMatchObject({
        name: before?.name,
        email: before?.email,
        territory: before?.territory,
        skills: before?.skills,
        active: true,
      });
    });

    it('a rep may not change another rep’s hours (403) nor a rep of another client (404)', async () => {
      const other = await send<ErrorBody>(rita, 'PUT', `/api/reps/${danaRep}/weekly-hours`, {
        weeklyHours: [],
      });
      expect(other.status).toBe(403);
      expect(other.body.error.code).toBe('FORBIDDEN');
      const foreign = await send<ErrorBody>(rita, 'PUT', `/api/reps/${benRep}/weekly-hours`, {
        weeklyHours: [],
      });
      expect(foreign.status).toBe(404);
      // Dana's hours did not change.
      const danas = (await dana.get<{ reps: RepDto[] }>('/api/reps/mine')).body.reps[0];
      expect(danas?.weeklyHours.length).toBeGreaterThan(0);
    });

    it('bad intervals are refused on the field (400)', async () => {
      const bad = await send<ErrorBody>(rita, 'PUT', `/api/reps/${ritaRep}/weekly-hours`, {
        weeklyHours: [{ weekday: 1, startLocal: '17:00', endLocal: '09:00' }],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('weeklyHours.0');
    });

    it('a rep adds and removes their own time off and date override, not another rep’s', async () => {
      const added = await rita.post<RepDto>(`/api/reps/${ritaRep}/time-off`, {
        startsAt: inHours(24 * 20),
        endsAt: inHours(24 * 22),
        reason: 'Dentist',
      });
      expect(added.status).toBe(201);
      const timeOff = added.body.timeOff.find((item) => item.reason === 'Dentist');
      expect(timeOff).toBeDefined();
      const removed = await send<RepDto>(rita, 'DELETE', `/api/reps/${ritaRep}/time-off/${timeOff?.id}`);
      expect(removed.status).toBe(200);
      expect(removed.body.timeOff.some((item) => item.reason === 'Dentist')).toBe(false);

      const override = await send<RepDto>(rita, 'PUT', `/api/reps/${ritaRep}/overrides/2030-01-02`, {
        intervals: [],
      });
      expect(override.status).toBe(200);
      expect(override.body.overrides).toContainEqual({ localDate: '2030-01-02', intervals: [] });

      const foreignTimeOff = await rita.post<ErrorBody>(`/api/reps/${danaRep}/time-off`, {
        startsAt: inHours(24 * 20),
        endsAt: inHours(24 * 21),
      });
      expect(foreignTimeOff.status).toBe(403);
      expect(
        (await send(rita, 'PUT', `/api/reps/${danaRep}/overrides/2030-01-02`, { intervals: [] })).status,
      ).toBe(403);
      const stored = await t.deps.database.db
        .selectFrom('rep_time_off')
        .select('id')
        .where('rep_id', '=', danaRep)
        .execute();
      expect(stored).toEqual([]);
    });

    it('a setter may change no rep’s schedule (403); a manager still may', async () => {
      expect(
        (await send(setter, 'PUT', `/api/reps/${ritaRep}/weekly-hours`, { weeklyHours: nineToFive })).status,
      ).toBe(403);
      const byManager = await send<RepDto>(manager, 'PUT', `/api/reps/${danaRep}/weekly-hours`, {
        weeklyHours: nineToFive,
      });
      expect(byManager.status).toBe(200);
      // A rep still cannot touch the manager's fields.
      expect(
        (await send(rita, 'PUT', `/api/reps/${ritaRep}`, { clientId: sunpeak.id, name: 'Renamed' })).status,
      ).toBe(400);
    });

    it('a rep gets their own calendar-feed link, which serves their calendar; not another rep’s', async () => {
      const feed = await rita.post<{ url: string }>(`/api/reps/${ritaRep}/feed-token`);
      expect(feed.status).toBe(200);
      const path = new URL(feed.body.url).pathname;
      const ics = await t.app.inject({ method: 'GET', url: path });
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toMatch(/text\/calendar/);
      expect(ics.body).toContain('BEGIN:VCALENDAR');
      expect((await rita.post(`/api/reps/${danaRep}/feed-token`)).status).toBe(403);
    });

    it('the appointment’s rep saves rep notes, shown with the appointment; another rep and a setter may not', async () => {
      const appointment = await bookFreshLead(t, setter, sunpeak, { repId: ritaRep });
      const saved = await send<AppointmentDto>(rita, 'PUT', `/api/appointments/${appointment.id}/rep-notes`, {
        text: '  Wants a quote for 12 panels.\r\nCall back Friday.  ',
      });
      expect(saved.status).toBe(200);
      expect(saved.body.repNotes?.text).toBe('Wants a quote for 12 panels.\nCall back Friday.');
      const read = await manager.get<AppointmentDto>(`/api/appointments/${appointment.id}`);
      expect(read.body.repNotes?.text).toBe('Wants a quote for 12 panels.\nCall back Friday.');
      expect(
        (await send(dana, 'PUT', `/api/appointments/${appointment.id}/rep-notes`, { text: 'x' })).status,
      ).toBe(403);
      expect(
        (await send(setter, 'PUT', `/api/appointments/${appointment.id}/rep-notes`, { text: 'x' })).status,
      ).toBe(403);
      const events = await t.deps.database.db
        .selectFrom('lead_events')
        .select('type')
        .where('lead_id', '=', appointment.lead.id)
        .where('type', '=', 'rep_notes_saved')
        .execute();
      expect(events).toHaveLength(1);
      // An empty text clears them; the outcome buttons still work afterwards (held needs a start).
      const cleared = await send<AppointmentDto>(
        rita,
        'PUT',
        `/api/appointments/${appointment.id}/rep-notes`,
        { text: ' ' },
      );
      expect(cleared.body.repNotes).toBeNull();
    });
  });
}
