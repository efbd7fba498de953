import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto, SlotsResponse } from '../../src/contracts/appointments.ts';
import type { LeadSearchResultDto, TimelineItemDto } from '../../src/contracts/timeline.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, freshLeadIds, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { searchPlans } from './support/timeline-plans.ts';

afterAll(dropTestDatabases);

type Timeline = { items: TimelineItemDto[] };

/** The client's outcome with the key: the seeded one, or one added for the test where none is. */
async function outcomeOf(t: TestApp, clientId: number, key: string, label: string): Promise<{ id: number }> {
  const { db } = t.deps.database;
  const found = await db
    .selectFrom('outcomes')
    .select('id')
    .where('client_id', '=', clientId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (found) return found;
  return db
    .insertInto('outcomes')
    .values({
      client_id: clientId,
      key,
      label,
      contact: 1,
      qualified: 0,
      appointment: 0,
      callback: 0,
      nurture: 0,
      not_interested: 1,
      do_not_call: 0,
      requires_reason: 1,
      position: 0,
      active: 1,
      created_at: t.clock().epochMilliseconds,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const solarAnswers = { homeowner: 'own', bill: 200, roof_age: 10, timeline: 'half_year' };

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let setter1: Api; // Sam Setter: both clients
    let setter3: Api; // Luis Ortega: SunPeak Solar only
    let manager: Api;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      setter1 = await t.authed('setter1@demo.test');
      setter3 = await t.authed('setter3@demo.test');
      manager = await t.authed('manager@demo.test');
    });
    afterAll(() => t?.close());

    const timelineOf = async (api: Api, leadId: number) => {
      const response = await api.get<Timeline>(`/api/leads/${leadId}/timeline`);
      expect(response.status).toBe(200);
      return response.body.items;
    };
    const call = async (api: Api, leadId: number, body: Record<string, unknown>) => {
      const response = await api.post(`/api/leads/${leadId}/attempts`, body);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    };
    const inbound = async (api: Api, body: Record<string, unknown>) => {
      const response = await api.post<{ leadId: number }>('/api/leads/inbound', body);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return response.body.leadId;
    };
    const search = async (api: Api, q: string, clientId?: number) => {
      const query = new URLSearchParams({ q, ...(clientId ? { clientId: String(clientId) } : {}) });
      return api.get<LeadSearchResultDto>(`/api/leads/search?${query}`);
    };

    it('a lead taken through calls, a qualification, a callback, a note, a booking and a do-not-call: each with who and when, newest first', async () => {
      t.clock.set('2026-06-10T16:05:00Z');
      const leadId = Number((await freshLeadIds(t, sunpeak.id, 1, { timeZone: 'America/New_York' }))[0]);
      await call(setter1, leadId, { disposition: 'no_answer', durationSeconds: 20 });
      t.clock.set('2026-06-10T16:30:00Z');
      await call(setter1, leadId, {
        disposition: 'call_back',
        callbackAt: '2026-06-11T16:00:00Z',
        callbackFor: 'anyone',
        notes: 'Call after the roof inspection',
        durationSeconds: 140,
        qualification: { formId: sunpeak.formId, answers: solarAnswers, interest: 'warm' },
        questionsAsked: 'Is there a warranty?',
      });
      t.clock.set('2026-06-10T17:00:00Z');
      const note = await manager.post<TimelineItemDto>(`/api/leads/${leadId}/notes`, {
        text: ' Prefers mornings ',
      });
      expect(note.status).toBe(201);
      expect(note.body).toMatchObject({
        kind: 'note',
        actorName: 'Maya Manager',
        detail: 'Prefers mornings',
      });
      // In the timeline at once.
      expect((await timelineOf(setter1, leadId))[0]?.id).toBe(note.body.id);

      t.clock.set('2026-06-11T16:00:00Z');
      const rep1 = await repIdOf(t, 'rep1@demo.test');
      const slots = await setter3.get<SlotsResponse>(
        `/api/leads/${leadId}/slots?meetingTypeId=${sunpeak.meetingTypeId}&repId=${rep1}`,
      );
      const slot = slots.body.slots[0];
      if (!slot) throw new Error('No slot for rep1');
      const booked = await setter3.post<AppointmentDto>('/api/appointments', {
        leadId,
        meetingTypeId: sunpeak.meetingTypeId,
        startsAt: slot.startsAt,
        repId: rep1,
        locationKind: 'phone',
      });
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      t.clock.set('2026-06-11T16:10:00Z');
      await call(setter1, leadId, { disposition: 'do_not_call' });

      const items = await timelineOf(setter1, leadId);
      expect(items.map((i) => [i.kind, i.at, i.actorName])).toEqual([
        ['do_not_call', '2026-06-11T16:10:00Z', 'Sam Setter'],
        ['attempt', '2026-06-11T16:10:00Z', 'Sam Setter'],
        ['appointment', '2026-06-11T16:00:00Z', 'Luis Ortega'],
        ['callback', '2026-06-11T16:00:00Z', 'Luis Ortega'],
        ['attempt', '2026-06-11T16:00:00Z', 'Luis Ortega'],
        ['note', '2026-06-10T17:00:00Z', 'Maya Manager'],
        ['callback', '2026-06-10T16:30:00Z', 'Sam Setter'],
        ['qualification', '2026-06-10T16:30:00Z', 'Sam Setter'],
        ['attempt', '2026-06-10T16:30:00Z', 'Sam Setter'],
        ['attempt', '2026-06-10T16:05:00Z', 'Sam Setter'],
        ['created', expect.any(String), 'Maya Manager'],
      ]);
      const [dnc, , appointment, done, , , promised, qualification, callBack, noAnswer] = items;
      expect(dnc?.data).toMatchObject({ source: 'disposition', toStatus: 'dnc' });
      expect(appointment).toMatchObject({
        title: 'Solar consultation booked with Rita Reyes',
        data: { action: 'booked', startsAt: slot.startsAt, appointmentId: booked.body.id },
      });
      expect(done?.data).toMatchObject({ action: 'done' });
      expect(promised).toMatchObject({
        detail: 'Call after the roof inspection',
        data: { action: 'created', dueAt: '2026-06-11T16:00:00Z', forAnyone: true },
      });
      expect(qualification?.data).toMatchObject({
        interest: 'warm',
        questionsAsked: 'Is there a warranty?',
        answerCount: 4,
      });
      expect(qualification?.title).toMatch(/^Qualified \(score \d+\)$/);
      expect(callBack).toMatchObject({
        title: 'Call: call back (2 min 20 s)',
        data: { fromStatus: 'attempting', toStatus: 'callback', durationSeconds: 140 },
      });
      expect(noAnswer).toMatchObject({ title: 'Call: no answer (20 s)', data: { callResult: null } });
    });

    it('a two-level call shows its outcome, reason, objections with the response used and script version; an older call still shows', async () => {
      t.clock.set('2026-06-10T18:00:00Z');
      const leadId = Number((await freshLeadIds(t, sunpeak.id, 1))[0]);
      await call(setter1, leadId, { disposition: 'no_answer' });
      t.clock.set('2026-06-10T18:30:00Z');
      await call(setter1, leadId, { disposition: 'not_interested', reason: 'No budget' });
      // Stored as two-level call logging stores a call, beside the disposition.
      const { db } = t.deps.database;
      const at = t.clock().epochMilliseconds;
      const outcome = await outcomeOf(t, sunpeak.id, 'not_interested', 'Not interested');
      const reason = await db
        .insertInto('outcome_reasons')
        .values({
          client_id: sunpeak.id,
          outcome_key: 'not_interested',
          label: 'No budget (test)',
          position: 99,
          active: 1,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const script = await db
        .selectFrom('scripts')
        .select(['id', 'name'])
        .where('client_id', '=', sunpeak.id)
        .executeTakeFirstOrThrow();
      const attempt = await db
        .selectFrom('call_attempts')
        .select('id')
        .where('lead_id', '=', leadId)
        .where('disposition', '=', 'not_interested')
        .executeTakeFirstOrThrow();
      await db
        .updateTable('call_attempts')
        .set({
          call_result: 'contact_made',
          outcome_id: outcome.id,
          reason_id: reason.id,
          reason_text: 'Just signed with another installer',
          script_id: script.id,
          script_version: 1,
        })
        .where('id', '=', attempt.id)
        .execute();
      const objection = await db
        .insertInto('objections')
        .values({
          client_id: sunpeak.id,
          title: 'Too expensive',
          keywords: '[]',
          responses: JSON.stringify([{ id: 'financing', text: 'Zero-down financing' }]),
          position: 0,
          active: 1,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('attempt_objections')
        .values({
          client_id: sunpeak.id,
          attempt_id: attempt.id,
          lead_id: leadId,
          objection_id: objection.id,
          response_id: 'financing',
          created_at: at,
        })
        .execute();

      const [twoLevel, older] = (await timelineOf(setter1, leadId)).filter((i) => i.kind === 'attempt');
      expect(twoLevel).toMatchObject({
        title: 'Call: Not interested',
        detail:
          'No budget (test) — Just signed with another installer — Objections: Too expensive → Zero-down financing',
        data: {
          callResult: 'contact_made',
          outcomeKey: 'not_interested',
          reason: 'No budget (test)',
          scriptName: script.name,
          scriptVersion: 1,
          objections: [
            { objectionId: objection.id, title: 'Too expensive', response: 'Zero-down financing' },
          ],
        },
      });
      expect(older).toMatchObject({
        title: 'Call: no answer',
        data: { callResult: null, outcomeLabel: null },
      });
    });

    it('another client’s lead answers 404 for its timeline and notes; a rep may not write notes', async () => {
      const [foreign] = await freshLeadIds(t, ledgerly.id, 1);
      const [own] = await freshLeadIds(t, sunpeak.id, 1);
      expect((await setter3.get<ErrorBody>(`/api/leads/${foreign}/timeline`)).status).toBe(404);
      const note = await setter3.post<ErrorBody>(`/api/leads/${foreign}/notes`, { text: 'Hello' });
      expect(note.status).toBe(404);
      expect((await setter3.get<ErrorBody>('/api/leads/99999999/timeline')).status).toBe(404);
      const rep = await t.authed('rep1@demo.test');
      expect((await rep.post<ErrorBody>(`/api/leads/${own}/notes`, { text: 'Hello' })).status).toBe(403);
      expect((await setter3.post<ErrorBody>(`/api/leads/${own}/notes`, { text: '   ' })).status).toBe(400);
      const notes = await t.deps.database.db
        .selectFrom('lead_notes')
        .select('id')
        .where('lead_id', 'in', [Number(foreign), Number(own)])
        .execute();
      expect(notes).toEqual([]);
    });

    it('an inbound lead is found by partial phone in any format and by name, company or email prefix; its creation names who took the call', async () => {
      t.clock.set('2026-06-10T19:00:00Z');
      const leadId = await inbound(setter1, {
        clientId: sunpeak.id,
        phone: '(312) 555-0199',
        fullName: 'Zebulon Quartermaine',
        email: 'zeb.q@example.test',
        company: 'Quartz Roofing',
      });
      const [created] = await timelineOf(setter1, leadId);
      expect(created).toMatchObject({
        kind: 'created',
        actorName: 'Sam Setter',
        title: 'Lead created from an inbound call',
        at: '2026-06-10T19:00:00Z',
      });
      for (const q of [
        '31255501',
        '(312) 555-01',
        '312.555.019',
        '1 312 555 0199',
        '+1 312 555',
        '+13125550199',
        'zebu',
        'QUARTERM',
        'quartz r',
        'zeb.q@ex',
        'zebulon quar',
        'Quartermaine, Z',
      ]) {
        const found = await search(setter1, q);
        expect(found.status).toBe(200);
        expect(
          found.body.items.map((i) => i.id),
          q,
        ).toContain(leadId);
        expect(found.body.items.length).toBeLessThanOrEqual(10);
      }
      const exact = await search(setter1, '+13125550199', sunpeak.id);
      expect(exact.body.items).toEqual([
        {
          id: leadId,
          clientId: sunpeak.id,
          clientName: 'SunPeak Solar',
          name: 'Zebulon Quartermaine',
          company: 'Quartz Roofing',
          phone: '+13125550199',
          email: 'zeb.q@example.test',
          status: 'new',
        },
      ]);
      for (const q of ['zebx', '3125550198', 'Quartermaine, X']) {
        expect(
          (await search(setter1, q)).body.items.map((i) => i.id),
          q,
        ).not.toContain(leadId);
      }
      // The call the prospect made is logged as inbound and shows so.
      const logged = await setter1.post(`/api/leads/${leadId}/attempts`, {
        callResult: 'busy',
        direction: 'inbound',
      });
      expect(logged.status).toBe(201);
      const [call] = await timelineOf(setter1, leadId);
      expect(call).toMatchObject({ kind: 'attempt', title: expect.stringContaining('Inbound call') });
    });

    it('for a client in Serbia, a name is found typed in either alphabet and any case, both ways', async () => {
      t.clock.set('2026-06-10T19:30:00Z');
      const db = t.deps.database.db;
      await db.updateTable('clients').set({ country: 'RS' }).where('id', '=', sunpeak.id).execute();
      try {
        const cyrillic = await inbound(setter1, {
          clientId: sunpeak.id,
          phone: '+381 64 555 0101',
          fullName: 'Љубомир Ђурђевић',
        });
        const latin = await inbound(setter1, {
          clientId: sunpeak.id,
          phone: '+381 64 555 0102',
          fullName: 'Njegoslava Šćepanović',
        });
        const found = async (q: string) => (await search(setter1, q, sunpeak.id)).body.items.map((i) => i.id);
        for (const q of ['ljubomir', 'Ljubomir Đur', 'љубомир', 'Љубо', 'Đurđević']) {
          expect(await found(q), q).toContain(cyrillic);
        }
        for (const q of ['његослава', 'Његослава Шћеп', 'njegoslava', 'шћепановић']) {
          expect(await found(q), q).toContain(latin);
        }
        expect(await found('Љубиша')).not.toContain(cyrillic);
      } finally {
        await db.updateTable('clients').set({ country: 'US' }).where('id', '=', sunpeak.id).execute();
      }
    });

    it('search never returns another client’s lead; another client’s id answers 404', async () => {
      const ours = await inbound(setter1, {
        clientId: sunpeak.id,
        phone: '(312) 555-0177',
        fullName: 'Ximena Ćirić',
      });
      const theirs = await inbound(setter1, {
        clientId: ledgerly.id,
        phone: '(312) 555-0178',
        fullName: 'Ximena Ćirović',
      });
      for (const q of ['Ximena', 'Ćir', '312555017', '+1312555017']) {
        const solarOnly = await search(setter3, q);
        expect(
          solarOnly.body.items.map((i) => i.id),
          q,
        ).toContain(ours);
        expect(
          solarOnly.body.items.every((i) => i.clientId === sunpeak.id),
          q,
        ).toBe(true);
        const both = await search(setter1, q);
        expect(
          both.body.items.map((i) => i.id),
          q,
        ).toEqual(expect.arrayContaining([ours, theirs]));
        const oneClient = await search(setter1, q, ledgerly.id);
        expect(
          oneClient.body.items.map((i) => i.id),
          q,
        ).toContain(theirs);
        expect(
          oneClient.body.items.every((i) => i.clientId === ledgerly.id),
          q,
        ).toBe(true);
      }
      expect((await search(setter3, 'Ximena', ledgerly.id)).status).toBe(404);
    });

    it('the search and the timeline read every lead-keyed table through an index, never a whole table', async () => {
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const plans = await searchPlans(
        t,
        [
          { text: '(312) 555-01', clientId: null },
          { text: '+1312', clientId: sunpeak.id },
          { text: 'zeb', clientId: null },
          { text: 'zebulon quar', clientId: null },
          { text: 'zeb.q@', clientId: sunpeak.id },
        ],
        Number(leadId),
      );
      expect(plans.length).toBeGreaterThanOrEqual(6);
      for (const { sql, plan } of plans) {
        expect(plan.fullScans, `${sql}\n${plan.lines.join('\n')}`).toEqual([]);
      }
      const searchIndexes = plans.flatMap((p) => p.plan.lines).join('\n');
      for (const index of [
        'leads_client_phone_idx',
        'leads_client_first_name_search_idx',
        'leads_client_last_name_search_idx',
        'leads_client_company_search_idx',
        'leads_client_email_search_idx',
      ])
        expect(searchIndexes).toContain(index);
    });
  });
}
