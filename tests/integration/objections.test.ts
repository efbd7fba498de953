import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto } from '../../src/contracts/appointments.ts';
import type { ClientOutcomesDto } from '../../src/contracts/dispositions.ts';
import type { ObjectionDto, ObjectionStatsDto } from '../../src/contracts/objections.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { slotsFor } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, freshLeadIds, userIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

const titles = [
  'The price is too high',
  'Send me an email',
  'Not interested',
  'We already have a provider',
  'Call me later',
  'Who gave you my number?',
];

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let manager: Api;
    let setter1: Api;
    let setter3: Api;
    const library = async (api: Api, client: DemoClient, query = '') =>
      api.get<{ items: ObjectionDto[] }>(`/api/clients/${client.id}/objections${query}`);
    const objectionsOfAttempt = (attemptId: number) =>
      t.deps.database.db
        .selectFrom('attempt_objections')
        .select(['objection_id', 'response_id', 'client_id'])
        .where('attempt_id', '=', attemptId)
        .orderBy('id')
        .execute();
    const scriptOf = async (client: DemoClient) =>
      t.deps.database.db
        .selectFrom('scripts')
        .select(['id', 'version'])
        .where('client_id', '=', client.id)
        .where('purpose', '=', 'outbound')
        .executeTakeFirstOrThrow();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      manager = await t.authed('manager@demo.test');
      setter1 = await t.authed('setter1@demo.test');
      setter3 = await t.authed('setter3@demo.test');
    });
    afterAll(() => t?.close());

    it('each demo client has a library of six objections with two responses each, for its users only', async () => {
      for (const client of [sunpeak, ledgerly]) {
        const response = await library(setter1, client);
        expect(response.status).toBe(200);
        // Beside the objections, the demo's questions and product facts (product-knowledge.test.ts).
        const objections = response.body.items.filter((o) => o.kind === 'objection');
        expect(objections.map((o) => o.title)).toEqual(titles);
        expect(objections.every((o) => o.responses.length === 2 && o.clientId === client.id)).toBe(true);
      }
      expect((await library(setter3, ledgerly)).status).toBe(404);
    });

    it('managers add, edit and retire objections; setters and other clients’ users cannot', async () => {
      const body = {
        title: 'Too busy to talk',
        keywords: ['busy', 'Busy', 'meeting'],
        responses: [
          { id: 'short', text: 'Two minutes, then I let you go.' },
          { id: 'later', text: 'When is better today?' },
        ],
      };
      expect((await setter1.post(`/api/clients/${sunpeak.id}/objections`, body)).status).toBe(403);
      expect((await setter3.post(`/api/clients/${ledgerly.id}/objections`, body)).status).toBe(404);
      const twice = { ...body, responses: [body.responses[0], body.responses[0]] };
      const refused = await manager.post<ErrorBody>(`/api/clients/${sunpeak.id}/objections`, twice);
      expect(refused.body.error).toMatchObject({ code: 'VALIDATION', field: 'responses.1.id' });
      const before = (await library(manager, sunpeak)).body.items.length;
      const created = await manager.post<ObjectionDto>(`/api/clients/${sunpeak.id}/objections`, body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        title: 'Too busy to talk',
        keywords: ['busy', 'meeting'],
        position: before,
      });
      const id = created.body.id;
      const edited = await manager.request<ObjectionDto>({
        method: 'PUT',
        url: `/api/objections/${id}`,
        body: { ...body, title: 'Too busy right now' },
      });
      expect(edited.body).toMatchObject({ id, title: 'Too busy right now', active: true });
      const foreign = (await library(manager, ledgerly)).body.items[0]?.id;
      expect((await setter3.request({ method: 'PUT', url: `/api/objections/${foreign}`, body })).status).toBe(
        404,
      );
      expect((await setter3.request({ method: 'DELETE', url: `/api/objections/${foreign}` })).status).toBe(
        404,
      );
      expect((await setter1.request({ method: 'DELETE', url: `/api/objections/${id}` })).status).toBe(403);
      expect((await manager.request({ method: 'DELETE', url: `/api/objections/${id}` })).status).toBe(200);
      expect((await library(setter1, sunpeak)).body.items.map((o) => o.id)).not.toContain(id);
      const all = await library(manager, sunpeak, '?all=true');
      expect(all.body.items.find((o) => o.id === id)).toMatchObject({ active: false });
    });

    it('objections are stored with the call and checked against the client’s library', async () => {
      const items = (await library(setter1, sunpeak)).body.items;
      const [price, email] = items;
      const foreign = (await library(setter1, ledgerly)).body.items[0];
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const call = (objections: unknown[]) =>
        setter1.post<{ attempt: { id: number } } & ErrorBody>(`/api/leads/${leadId}/attempts`, {
          callResult: 'no_answer',
          objections,
        });
      const cases: [unknown[], string][] = [
        [[{ objectionId: foreign?.id, responseId: null }], 'objections.0.objectionId'],
        [[{ objectionId: price?.id, responseId: 'r9' }], 'objections.0.responseId'],
      ];
      for (const [objections, field] of cases) {
        const response = await call(objections);
        expect(response.status).toBe(400);
        expect(response.body.error.field).toBe(field);
      }
      expect(await t.deps.leads.attempts(Number(leadId))).toEqual([]);
      const logged = await call([
        { objectionId: price?.id, responseId: 'r2' },
        { objectionId: email?.id, responseId: null },
      ]);
      expect(logged.status).toBe(201);
      expect(await objectionsOfAttempt(logged.body.attempt.id)).toEqual([
        { objection_id: price?.id, response_id: 'r2', client_id: sunpeak.id },
        { objection_id: email?.id, response_id: null, client_id: sunpeak.id },
      ]);
    });

    it('the script read is stored with the call: the client’s own script, the caller’s own variant', async () => {
      const script = await scriptOf(sunpeak);
      const foreign = await scriptOf(ledgerly);
      const { db } = t.deps.database;
      const variantOf = async (email: string) =>
        (
          await db
            .insertInto('script_variants')
            .values({
              script_id: script.id,
              client_id: sunpeak.id,
              user_id: await userIdOf(t, email),
              base_version: script.version,
              sections: '[]',
              status: 'approved',
              created_at: 0,
              updated_at: 0,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      const [mine, theirs] = [await variantOf('setter1@demo.test'), await variantOf('setter2@demo.test')];
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const call = (fields: object) =>
        setter1.post<{ attempt: { id: number; scriptVersion: number | null } } & ErrorBody>(
          `/api/leads/${leadId}/attempts`,
          { callResult: 'busy', ...fields },
        );
      for (const [fields, field] of [
        [{ scriptId: foreign.id }, 'scriptId'],
        [{ scriptId: script.id, scriptVersion: script.version + 5 }, 'scriptVersion'],
        [{ scriptId: script.id, scriptVariantId: theirs }, 'scriptVariantId'],
        [{ scriptVersion: 1 }, 'scriptId'],
      ] as const) {
        expect((await call(fields)).body.error?.field).toBe(field);
      }
      const logged = await call({ scriptId: script.id, scriptVariantId: mine });
      expect(logged.status).toBe(201);
      expect(logged.body.attempt.scriptVersion).toBe(script.version);
      const row = await db
        .selectFrom('call_attempts')
        .select(['script_id', 'script_version', 'script_variant_id'])
        .where('id', '=', logged.body.attempt.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ script_id: script.id, script_version: script.version, script_variant_id: mine });
    });

    it('a booking logs its call with the appointment outcome, the script and objections; stats count them', async () => {
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const [slot] = await slotsFor(setter1, Number(leadId), sunpeak.meetingTypeId);
      const items = (await library(setter1, sunpeak)).body.items;
      const price = items.find((o) => o.title === 'The price is too high');
      const later = items.find((o) => o.title === 'Call me later');
      const script = await scriptOf(sunpeak);
      const booking = {
        leadId,
        meetingTypeId: sunpeak.meetingTypeId,
        startsAt: slot?.startsAt,
        scriptId: script.id,
        objections: [{ objectionId: price?.id, responseId: 'r1' }],
      };
      const foreign = (await library(setter1, ledgerly)).body.items[0];
      const refused = await setter1.post<ErrorBody>('/api/appointments', {
        ...booking,
        objections: [{ objectionId: foreign?.id, responseId: null }],
      });
      expect(refused.status).toBe(400);
      const booked = await setter1.post<AppointmentDto>('/api/appointments', booking);
      expect(booked.status).toBe(201);
      const outcomes = (await setter1.get<ClientOutcomesDto>(`/api/clients/${sunpeak.id}/outcomes`)).body;
      const appointment = outcomes.outcomes.find((o) => o.flags.appointment && o.active);
      const [attempt] = await t.deps.leads.attempts(Number(leadId));
      expect(attempt).toMatchObject({
        disposition: 'appointment_set',
        callResult: 'contact_made',
        outcomeId: appointment?.id,
        outcomeLabel: 'Appointment booked',
        scriptVersion: script.version,
      });
      expect(await objectionsOfAttempt(attempt?.id ?? 0)).toEqual([
        { objection_id: price?.id, response_id: 'r1', client_id: sunpeak.id },
      ]);
      // Another call where the price came up, with no appointment, and one where "call me later" did.
      const [other] = await freshLeadIds(t, sunpeak.id, 1);
      await setter1.post(`/api/leads/${other}/attempts`, {
        callResult: 'voicemail_left',
        objections: [
          { objectionId: price?.id, responseId: 'r1' },
          { objectionId: price?.id, responseId: 'r2' },
          { objectionId: later?.id, responseId: null },
        ],
      });
      const today = t.clock().toZonedDateTimeISO('America/Denver').toPlainDate().toString();
      const url = `/api/clients/${sunpeak.id}/objections/stats?from=${today}&to=${today}`;
      expect((await setter1.get(url)).status).toBe(403);
      expect((await setter3.get(`/api/clients/${ledgerly.id}/objections/stats`)).status).toBe(404);
      const stats = await manager.get<ObjectionStatsDto>(url);
      expect(stats.status).toBe(200);
      const row = (id: number | undefined) => stats.body.items.find((i) => i.objectionId === id);
      expect(row(price?.id)).toMatchObject({
        raised: 3,
        appointments: 1,
        responses: expect.arrayContaining([
          { responseId: 'r1', used: 2, appointments: 1 },
          { responseId: 'r2', used: 2, appointments: 0 },
        ]),
      });
      expect(row(later?.id)).toMatchObject({ raised: 1, appointments: 0 });
      expect(stats.body.items[0]?.objectionId).toBe(price?.id);
      const ledgerlyStats = await manager.get<ObjectionStatsDto>(
        `/api/clients/${ledgerly.id}/objections/stats`,
      );
      expect(ledgerlyStats.body.items.every((i) => i.raised === 0)).toBe(true);
      const backwards = await manager.get<ErrorBody>(
        `/api/clients/${sunpeak.id}/objections/stats?from=2026-06-10&to=2026-06-01`,
      );
      expect(backwards.body.error).toMatchObject({ code: 'VALIDATION', field: 'from' });
    });
  });
}
