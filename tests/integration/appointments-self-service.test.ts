import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto, SelfServiceView } from '../../src/contracts/appointments.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { bookFreshLead, leadLinkToken, mailsOf } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';
import { defaultTestInstant } from './support/test-clock.ts';

afterAll(dropTestDatabases);

interface SelfServiceSlots {
  timeZone: string;
  slots: { startsAt: string; endsAt: string }[];
  hasMore: boolean;
  nextFrom: string | null;
}

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let rep1: number;
    let setter1: Api;
    const booked: number[] = [];
    const book = async (nth: number) => {
      const appointment = await bookFreshLead(t, setter1, sunpeak, { repId: rep1, nth, exclude: booked });
      booked.push(appointment.lead.id);
      return { appointment, token: await leadLinkToken(t, appointment) };
    };
    const link = (token: string, action = '') => `/api/self-service/${token}${action}`;

    beforeAll(async () => {
      t = await createTestApp(dialect, { env: { SELF_SERVICE_LINK_DAYS: '7' } });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      rep1 = await repIdOf(t, 'rep1@demo.test');
      setter1 = await t.authed('setter1@demo.test');
    });
    afterAll(() => t?.close());
    afterEach(() => t.clock.set(defaultTestInstant));

    it('the link shows the appointment in the lead’s zone without a login; only the secret’s hash is stored', async () => {
      const { appointment, token } = await book(20);
      const view = await t.anonymous.get<SelfServiceView>(link(token));
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({
        status: 'scheduled',
        startsAt: appointment.startsAt,
        timeZone: appointment.leadTimeZone,
        locale: 'en',
        clientName: 'SunPeak Solar',
        repName: 'Rita Reyes',
        leadFirstName: appointment.lead.firstName,
        canChange: true,
        rescheduledTo: null,
      });
      const stored = await t.deps.database.db
        .selectFrom('appointments')
        .select(['self_service_token_hash', 'self_service_expires_at'])
        .where('id', '=', appointment.id)
        .executeTakeFirstOrThrow();
      expect(stored.self_service_token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.self_service_token_hash).not.toContain(token);
      expect(stored.self_service_expires_at).toBe(
        at(appointment.startsAt).add({ hours: 24 * 7 }).epochMilliseconds,
      );
    });

    it('an unknown or expired link answers 404 with the reason', async () => {
      const { appointment, token } = await book(21);
      const unknown = await t.anonymous.get<ErrorBody>(link('x'.repeat(43)));
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toMatch(/not valid/);
      t.clock.set(at(appointment.startsAt).add({ hours: 24 * 7 }));
      const expired = await t.anonymous.get<ErrorBody>(link(token));
      expect(expired.status).toBe(404);
      expect(expired.body.error.message).toMatch(/expired/);
    });

    it('the lead confirms; after the start nothing can be changed any more', async () => {
      const { appointment, token } = await book(22);
      const confirmed = await t.anonymous.post<SelfServiceView>(link(token, '/confirm'));
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.status).toBe('confirmed');
      const events = await t.deps.database.db
        .selectFrom('lead_events')
        .select(['type', 'actor_user_id', 'data'])
        .where('lead_id', '=', appointment.lead.id)
        .where('type', '=', 'appointment_confirmed')
        .execute();
      expect(events).toHaveLength(1);
      expect(events[0]?.actor_user_id).toBeNull();
      expect(JSON.parse(events[0]?.data ?? '{}')).toMatchObject({
        by: 'lead',
        appointmentId: appointment.id,
      });
      t.clock.set(at(appointment.startsAt).add({ minutes: 1 }));
      expect((await t.anonymous.get<SelfServiceView>(link(token))).body.canChange).toBe(false);
      expect((await t.anonymous.post(link(token, '/cancel'), {})).status).toBe(409);
    });

    it('the lead cancels without giving a reason: CANCEL invites go out and the lead returns to the queue', async () => {
      const { appointment, token } = await book(23);
      // A bare POST, as a page's button sends it: the reason is optional.
      const cancelled = await t.anonymous.request<SelfServiceView>({
        method: 'POST',
        url: link(token, '/cancel'),
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', canChange: false });
      const dto = await setter1.get<AppointmentDto>(`/api/appointments/${appointment.id}`);
      expect(dto.body).toMatchObject({
        status: 'cancelled',
        statusReason: 'Cancelled by the lead',
        sequence: 1,
      });
      expect((await mailsOf(t, appointment.id)).filter((m) => m.icsMethod === 'CANCEL')).toHaveLength(2);
      const lead = await t.deps.database.db
        .selectFrom('leads')
        .select('status')
        .where('id', '=', appointment.lead.id)
        .executeTakeFirstOrThrow();
      expect(lead.status).toBe('attempting');
    });

    it('the lead picks a new slot by the setter’s rules; the old link then shows the new appointment and still acts on it', async () => {
      const { appointment, token } = await book(24);
      const offered = await t.anonymous.get<SelfServiceSlots>(link(token, '/slots?limit=40'));
      expect(offered.status).toBe(200);
      expect(offered.body.timeZone).toBe(appointment.leadTimeZone);
      expect(offered.body.slots.length).toBe(40);
      expect(offered.body).toMatchObject({ hasMore: true, nextFrom: expect.any(String) });
      // Its own time is not offered as a "new" time.
      const all = await t.anonymous.get<SelfServiceSlots>(link(token, '/slots'));
      expect(all.body.hasMore).toBe(false);
      expect(all.body.slots.map((s) => s.startsAt)).not.toContain(appointment.startsAt);
      const target = offered.body.slots[30];
      if (!target) throw new Error('No slot offered');
      const moved = await t.anonymous.post<SelfServiceView>(link(token, '/reschedule'), {
        startsAt: target.startsAt,
      });
      expect(moved.status).toBe(200);
      // The page headlines the new appointment, and says where it moved from.
      expect(moved.body).toMatchObject({
        status: 'scheduled',
        startsAt: target.startsAt,
        endsAt: target.endsAt,
        canChange: true,
        rescheduledTo: null,
        movedFrom: { startsAt: appointment.startsAt, endsAt: appointment.endsAt },
      });
      const next = await t.deps.database.db
        .selectFrom('appointments')
        .select(['id', 'sequence', 'status'])
        .where('rescheduled_from_id', '=', appointment.id)
        .executeTakeFirstOrThrow();
      expect(next).toMatchObject({ sequence: 1, status: 'scheduled' });
      const newToken = await leadLinkToken(t, { ...appointment, id: next.id });
      expect(newToken).not.toBe(token);
      const fresh = await t.anonymous.get<SelfServiceView>(link(newToken));
      expect(fresh.body).toMatchObject({ status: 'scheduled', startsAt: target.startsAt, canChange: true });
      // The first invite's link confirms the appointment it now leads to.
      const confirmed = await t.anonymous.post<SelfServiceView>(link(token, '/confirm'));
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ status: 'confirmed', startsAt: target.startsAt });
      const current = await setter1.get<AppointmentDto>(`/api/appointments/${next.id}`);
      expect(current.body.status).toBe('confirmed');
    });

    it('a time that is not offered is refused with 409 SLOT_TAKEN', async () => {
      const { token } = await book(25);
      const night = await t.anonymous.post<ErrorBody>(link(token, '/reschedule'), {
        startsAt: '2026-06-13T07:00:00Z',
      });
      expect(night.status).toBe(409);
      expect(night.body.error.code).toBe('SLOT_TAKEN');
    });
  });
}
