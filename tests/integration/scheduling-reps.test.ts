import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingTypeDetailDto, RepDto } from '../../src/contracts/reps.ts';
import type { Role } from '../../src/core/leads/lead.ts';
import { hashToken, newSecret } from '../../src/server/plugins/auth.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, repIdOf, userIdOf } from './support/demo-data.ts';
import { type Api, bearerApi, type ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

/** A user of the demo organization with one role, assigned to some clients, signed in by an API token. */
async function userWith(t: TestApp, role: Role, clientIds: number[]): Promise<Api> {
  const admin = await t.deps.users.loadActor(await userIdOf(t, 'admin@demo.test'));
  if (!admin) throw new Error('No demo admin');
  const at = t.clock().epochMilliseconds;
  const userId = await t.deps.users.createUser(
    {
      organizationId: admin.organizationId,
      email: `${role}-${clientIds.join('-')}-${newSecret().slice(0, 8)}@demo.test`,
      name: `Only ${role}`,
      role,
      passwordHash: null,
      timeZone: 'America/New_York',
      locale: 'en',
    },
    at,
  );
  for (const clientId of clientIds) await t.deps.users.assignClient(userId, clientId);
  const token = `sd_${newSecret()}`;
  await t.deps.users.createApiToken({ userId, name: 'scheduling', tokenHash: hashToken(token) }, at);
  return bearerApi(t.app, token);
}

const put = <T>(api: Api, url: string, body: unknown) => api.request<T>({ method: 'PUT', url, body });
const del = <T>(api: Api, url: string) => api.request<T>({ method: 'DELETE', url });
const weekdays = (startLocal: string, endLocal: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startLocal, endLocal }));
const errorOf = (response: { status: number; body: unknown }) => ({
  status: response.status,
  code: (response.body as ErrorBody).error?.code,
  field: (response.body as ErrorBody).error?.field,
});

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let manager: Api;
    let sunpeakManager: Api;
    let setter3: Api;
    let ledgerlyRep: number;
    const newRep = (overrides: Record<string, unknown> = {}) => ({
      clientId: sunpeak.id,
      name: 'Rosa Field',
      email: 'Rosa.Field@SunPeak.test',
      timeZone: 'America/Chicago',
      weeklyHours: [...weekdays('09:00', '12:00'), ...weekdays('13:00', '17:00')],
      dailyMax: 6,
      territory: { states: ['tx', 'OK'], postalPrefixes: ['787'], areaCodes: ['512'] },
      skills: ['Solar', 'Batteries'],
      ...overrides,
    });

    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 10 });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      manager = await t.authed('manager@demo.test');
      setter3 = await t.authed('setter3@demo.test');
      sunpeakManager = await userWith(t, 'manager', [sunpeak.id]);
      ledgerlyRep = await repIdOf(t, 'rep2@demo.test');
    });
    afterAll(() => t?.close());

    it('a manager adds a rep: 201 with the canonical zone, the hours, territory and skills; everyone of the client reads it', async () => {
      const created = await manager.post<RepDto>('/api/reps', newRep({ timeZone: 'america/chicago' }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        clientId: sunpeak.id,
        email: 'rosa.field@sunpeak.test',
        timeZone: 'America/Chicago',
        active: true,
        dailyMax: 6,
        userId: null,
        territory: { states: ['TX', 'OK'], postalPrefixes: ['787'], areaCodes: ['512'] },
        skills: ['Solar', 'Batteries'],
        overrides: [],
        timeOff: [],
      });
      expect(created.body.weeklyHours).toHaveLength(10);
      const listed = await setter3.get<{ reps: RepDto[] }>(`/api/reps?clientId=${sunpeak.id}`);
      expect(listed.status).toBe(200);
      expect(listed.body.reps.map((r) => r.id)).toContain(created.body.id);
      const rep = await t.authed('rep1@demo.test');
      expect((await rep.get<{ reps: RepDto[] }>('/api/reps')).body.reps.map((r) => r.id)).toContain(
        created.body.id,
      );
    });

    it.each([
      { name: 'an unknown zone', body: { timeZone: 'Mars/Olympus_Mons' }, field: 'timeZone' },
      { name: 'an offset instead of a zone', body: { timeZone: '+02:00' }, field: 'timeZone' },
      {
        name: 'an interval ending before it starts',
        body: { weeklyHours: [{ weekday: 1, startLocal: '17:00', endLocal: '09:00' }] },
        field: 'weeklyHours.0',
      },
      {
        name: 'overlapping intervals of a weekday',
        body: {
          weeklyHours: [
            { weekday: 2, startLocal: '09:00', endLocal: '12:00' },
            { weekday: 2, startLocal: '11:00', endLocal: '14:00' },
          ],
        },
        field: 'weeklyHours.1',
      },
      { name: 'a login of no user', body: { userId: 999_999 }, field: 'userId' },
      { name: 'a malformed area code', body: { territory: { areaCodes: ['51'] } }, field: undefined },
    ])('POST /api/reps refuses $name with 400 VALIDATION', async ({ body, field }) => {
      const response = await manager.post('/api/reps', newRep(body));
      expect(errorOf(response)).toMatchObject({ status: 400, code: 'VALIDATION' });
      if (field) expect(errorOf(response).field).toBe(field);
    });

    it('setters and reps cannot write reps (403); touching hours on 12:00 is one stretch, accepted', async () => {
      expect(errorOf(await setter3.post('/api/reps', newRep()))).toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
      });
      const touching = await manager.post<RepDto>(
        '/api/reps',
        newRep({ weeklyHours: [...weekdays('09:00', '12:00'), ...weekdays('12:00', '24:00')] }),
      );
      expect(touching.status).toBe(201);
    });

    it('PUT replaces the fields and hours, keeps the exceptions, and never moves a rep to another client', async () => {
      const { body: rep } = await manager.post<RepDto>('/api/reps', newRep({ name: 'To change' }));
      const timeOff = await manager.post<RepDto>(`/api/reps/${rep.id}/time-off`, {
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-07-03T00:00:00Z',
        reason: 'Vacation',
      });
      expect(timeOff.status).toBe(201);
      const changed = await put<RepDto>(manager, `/api/reps/${rep.id}`, {
        ...newRep({ name: 'Changed', timeZone: 'America/Phoenix', active: false, skills: [] }),
        weeklyHours: [{ weekday: 6, startLocal: '10:00', endLocal: '14:00' }],
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        name: 'Changed',
        timeZone: 'America/Phoenix',
        active: false,
        skills: [],
        weeklyHours: [{ weekday: 6, startLocal: '10:00', endLocal: '14:00' }],
      });
      expect(changed.body.timeOff.map((x) => x.reason)).toEqual(['Vacation']);
      const moved = await put(manager, `/api/reps/${rep.id}`, newRep({ clientId: ledgerly.id }));
      expect(errorOf(moved)).toMatchObject({ status: 400, code: 'VALIDATION', field: 'clientId' });
      expect(errorOf(await put(manager, '/api/reps/999999', newRep()))).toMatchObject({ status: 404 });
    });

    it('time off: added, listed while ahead, removed once; an inverted span is refused', async () => {
      const { body: rep } = await manager.post<RepDto>('/api/reps', newRep({ name: 'Time off' }));
      const added = await manager.post<RepDto>(`/api/reps/${rep.id}/time-off`, {
        startsAt: '2026-06-12T15:00:00Z',
        endsAt: '2026-06-12T18:00:00Z',
      });
      expect(added.status).toBe(201);
      expect(added.body.timeOff).toEqual([
        {
          id: expect.any(Number),
          startsAt: '2026-06-12T15:00:00Z',
          endsAt: '2026-06-12T18:00:00Z',
          reason: null,
        },
      ]);
      const inverted = await manager.post(`/api/reps/${rep.id}/time-off`, {
        startsAt: '2026-06-12T18:00:00Z',
        endsAt: '2026-06-12T15:00:00Z',
      });
      expect(errorOf(inverted)).toMatchObject({ status: 400, code: 'VALIDATION', field: 'endsAt' });
      const timeOffId = added.body.timeOff[0]?.id;
      const removed = await del<RepDto>(manager, `/api/reps/${rep.id}/time-off/${timeOffId}`);
      expect(removed.status).toBe(200);
      expect(removed.body.timeOff).toEqual([]);
      expect(errorOf(await del(manager, `/api/reps/${rep.id}/time-off/${timeOffId}`))).toMatchObject({
        status: 404,
      });
    });

    it('date overrides: set, replaced, removed once; a bad date or interval is refused', async () => {
      const { body: rep } = await manager.post<RepDto>('/api/reps', newRep({ name: 'Overrides' }));
      const url = `/api/reps/${rep.id}/overrides/2026-06-19`;
      const set = await put<RepDto>(manager, url, {
        intervals: [{ startLocal: '10:00', endLocal: '12:00' }],
      });
      expect(set.status).toBe(200);
      const again = await put<RepDto>(manager, url, { intervals: [] });
      expect(again.body.overrides).toEqual([{ localDate: '2026-06-19', intervals: [] }]);
      expect(
        errorOf(await put(manager, `/api/reps/${rep.id}/overrides/2026-02-30`, { intervals: [] })),
      ).toMatchObject({ status: 400, code: 'VALIDATION' });
      const inverted = await put(manager, url, { intervals: [{ startLocal: '12:00', endLocal: '10:00' }] });
      expect(errorOf(inverted)).toMatchObject({ status: 400, code: 'VALIDATION', field: 'intervals.0' });
      expect((await del<RepDto>(manager, url)).body.overrides).toEqual([]);
      expect(errorOf(await del(manager, url))).toMatchObject({ status: 404 });
    });

    it('tenant isolation: another client’s rep is 404 for every read and write of a manager without it', async () => {
      const notFound = { status: 404, code: 'NOT_FOUND' };
      expect(errorOf(await sunpeakManager.get(`/api/reps?clientId=${ledgerly.id}`))).toMatchObject(notFound);
      const listed = await sunpeakManager.get<{ reps: RepDto[] }>('/api/reps');
      expect(listed.body.reps.length).toBeGreaterThan(0);
      expect(listed.body.reps.every((r) => r.clientId === sunpeak.id)).toBe(true);
      const body = newRep({ clientId: ledgerly.id });
      expect(errorOf(await sunpeakManager.post('/api/reps', body))).toMatchObject(notFound);
      expect(errorOf(await put(sunpeakManager, `/api/reps/${ledgerlyRep}`, body))).toMatchObject(notFound);
      expect(
        errorOf(await put(sunpeakManager, `/api/reps/${ledgerlyRep}`, newRep({ clientId: sunpeak.id }))),
      ).toMatchObject(notFound);
      const timeOff = { startsAt: '2026-06-12T15:00:00Z', endsAt: '2026-06-12T18:00:00Z' };
      expect(errorOf(await sunpeakManager.post(`/api/reps/${ledgerlyRep}/time-off`, timeOff))).toMatchObject(
        notFound,
      );
      const ownerOfLedgerly = await manager.post<RepDto>(`/api/reps/${ledgerlyRep}/time-off`, timeOff);
      const foreignTimeOff = ownerOfLedgerly.body.timeOff[0]?.id;
      expect(
        errorOf(await del(sunpeakManager, `/api/reps/${ledgerlyRep}/time-off/${foreignTimeOff}`)),
      ).toMatchObject(notFound);
      expect(
        errorOf(
          await put(sunpeakManager, `/api/reps/${ledgerlyRep}/overrides/2026-06-19`, { intervals: [] }),
        ),
      ).toMatchObject(notFound);
      expect(
        errorOf(await del(sunpeakManager, `/api/reps/${ledgerlyRep}/overrides/2026-06-19`)),
      ).toMatchObject(notFound);
      const untouched = await manager.get<{ reps: RepDto[] }>(`/api/reps?clientId=${ledgerly.id}`);
      const rep2 = untouched.body.reps.find((r) => r.id === ledgerlyRep);
      expect(rep2?.timeOff).toHaveLength(1);
      expect(rep2?.overrides).toEqual([]);
    });

    describe('meeting types', () => {
      const newType = (overrides: Record<string, unknown> = {}) => ({
        clientId: sunpeak.id,
        name: 'Roof survey',
        durationMinutes: 60,
        bufferBeforeMinutes: 10,
        locationKinds: ['in_person', 'video', 'in_person'],
        requiredSkills: ['Roofing', ' roofing '],
        ...overrides,
      });

      it('a manager creates and changes a meeting type; the list carries the details and the call screen fields', async () => {
        const rep1 = await repIdOf(t, 'rep1@demo.test');
        const rep3 = await repIdOf(t, 'rep3@demo.test');
        const created = await manager.post<MeetingTypeDetailDto>(
          '/api/meeting-types',
          newType({ repIds: [rep3, rep1] }),
        );
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          clientId: sunpeak.id,
          name: 'Roof survey',
          durationMinutes: 60,
          bufferBeforeMinutes: 10,
          bufferAfterMinutes: 0,
          minimumNoticeMinutes: 60,
          slotStepMinutes: 30,
          horizonDays: 21,
          locationKinds: ['in_person', 'video'],
          assignment: 'round_robin',
          requiredSkills: ['Roofing', 'roofing'],
          repIds: [rep1, rep3].sort((a, b) => a - b),
          active: true,
        });
        const changed = await put<MeetingTypeDetailDto>(
          manager,
          `/api/meeting-types/${created.body.id}`,
          newType({ assignment: 'chosen', repIds: [], active: false, name: 'Roof survey (old)' }),
        );
        expect(changed.status).toBe(200);
        expect(changed.body).toMatchObject({ assignment: 'chosen', repIds: [], active: false });
        const listed = await setter3.get<{ meetingTypes: MeetingTypeDetailDto[] }>('/api/meeting-types');
        const found = listed.body.meetingTypes.find((m) => m.id === created.body.id);
        expect(found).toMatchObject({
          name: 'Roof survey (old)',
          durationMinutes: 60,
          locationKinds: ['in_person', 'video'],
        });
        expect(listed.body.meetingTypes.every((m) => m.clientId === sunpeak.id)).toBe(true);
      });

      it('reps of another client, setters, other clients’ types: 400, 403, 404', async () => {
        const foreignReps = await manager.post('/api/meeting-types', newType({ repIds: [ledgerlyRep] }));
        expect(errorOf(foreignReps)).toMatchObject({ status: 400, code: 'VALIDATION', field: 'repIds' });
        expect(errorOf(await setter3.post('/api/meeting-types', newType()))).toMatchObject({ status: 403 });
        const notFound = { status: 404, code: 'NOT_FOUND' };
        expect(
          errorOf(await sunpeakManager.post('/api/meeting-types', newType({ clientId: ledgerly.id }))),
        ).toMatchObject(notFound);
        expect(
          errorOf(await put(sunpeakManager, `/api/meeting-types/${ledgerly.meetingTypeId}`, newType())),
        ).toMatchObject(notFound);
        expect(
          errorOf(
            await put(
              sunpeakManager,
              `/api/meeting-types/${ledgerly.meetingTypeId}`,
              newType({ clientId: ledgerly.id }),
            ),
          ),
        ).toMatchObject(notFound);
        expect(errorOf(await setter3.get(`/api/meeting-types?clientId=${ledgerly.id}`))).toMatchObject(
          notFound,
        );
      });
    });
  });
}
