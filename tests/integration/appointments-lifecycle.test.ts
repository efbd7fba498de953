import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto } from '../../src/contracts/appointments.ts';
import type { LeadDetail } from '../../src/contracts/leads.ts';
import { readIcs } from '../../src/integrations/calendar/ics-reader.test-support.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { bookFreshLead, mailsOf, slotsFor } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, repIdOf, userIdOf } from './support/demo-data.ts';
import { nextLead } from './support/queue.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';
import { defaultTestInstant } from './support/test-clock.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let rep1: number;
    let setter1: Api;
    let manager: Api;
    let rita: Api;
    const booked: number[] = [];
    const book = async (nth = 0) => {
      const appointment = await bookFreshLead(t, setter1, sunpeak, { repId: rep1, nth, exclude: booked });
      booked.push(appointment.lead.id);
      return appointment;
    };
    const leadOf = async (leadId: number) => (await setter1.get<LeadDetail>(`/api/leads/${leadId}`)).body;
    const mark = (api: Api, id: number, body: Record<string, unknown>) =>
      api.post<AppointmentDto & ErrorBody>(`/api/appointments/${id}/status`, body);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      rep1 = await repIdOf(t, 'rep1@demo.test');
      setter1 = await t.authed('setter1@demo.test');
      manager = await t.authed('manager@demo.test');
      rita = await t.authed('rep1@demo.test');
    });
    afterAll(() => t?.close());
    afterEach(() => t.clock.set(defaultTestInstant));

    it('a booking queues a REQUEST invite to the lead (with the private link) and to the rep, and plans reminders', async () => {
      const appointment = await book(4);
      const mails = await mailsOf(t, appointment.id);
      expect(mails.map((m) => m.to[0]?.email).sort()).toEqual(
        [appointment.lead.email, 'rep1@demo.test'].sort(),
      );
      for (const mail of mails) {
        expect(mail.status).toBe('pending');
        expect(mail.icsMethod).toBe('REQUEST');
        const ics = readIcs(mail.ics ?? '');
        expect(ics.method).toBe('REQUEST');
        expect(ics.events[0]).toMatchObject({ uid: `appointment-${appointment.id}@localhost`, sequence: 0 });
        expect(ics.events[0]?.startsAt.toString()).toBe(at(appointment.startsAt).toString());
      }
      const leadMail = mails.find((m) => m.to[0]?.email === appointment.lead.email);
      expect(leadMail?.text).toMatch(/http:\/\/localhost:3000\/a\/[A-Za-z0-9_-]{40,}/);
      // Each recipient reads the time in their own zone: the lead's and the rep's (New York) labels.
      expect(mails.find((m) => m.to[0]?.email === 'rep1@demo.test')?.text).toMatch(/[AP]M E[DS]T/);
      const jobs = await t.deps.database.db
        .selectFrom('jobs')
        .select(['dedupe_key', 'run_at'])
        .where('kind', '=', 'appointment_reminder')
        .where('dedupe_key', 'like', `reminder:${appointment.id}:%`)
        .orderBy('run_at')
        .execute();
      // The demo books at least 2 h ahead: the 1-hour reminder always, the 1-day one when a day ahead.
      expect(jobs.map((j) => j.dedupe_key)).toContain(`reminder:${appointment.id}:60:0`);
      expect(jobs.at(-1)?.run_at).toBe(at(appointment.startsAt).subtract({ minutes: 60 }).epochMilliseconds);
    });

    it('a rep whose account is set to Serbian gets the invite in Serbian; the American lead in English', async () => {
      const setLocale = (locale: string) =>
        rita.request({ method: 'PUT', url: '/api/auth/locale', body: { locale } });
      expect((await setLocale('sr')).status).toBe(200);
      try {
        const appointment = await book(13);
        const mails = await mailsOf(t, appointment.id);
        const repMail = mails.find((m) => m.to[0]?.email === 'rep1@demo.test');
        const leadMail = mails.find((m) => m.to[0]?.email === appointment.lead.email);
        expect(repMail?.subject).toMatch(/^Састанак: /);
        expect(repMail?.text.split('\n').slice(0, 3)).toEqual([
          'Здраво Rita Reyes,',
          '',
          'Ваш састанак је заказан.',
        ]);
        const repEvent = readIcs(repMail?.ics ?? '').events[0];
        expect(repEvent?.description).toMatch(/^Контакт: /);
        expect(repEvent?.location).toMatch(/^Телефонски позив: Rita Reyes зове /);
        expect(leadMail?.subject).toMatch(/^Appointment: /);
        expect(readIcs(leadMail?.ics ?? '').events[0]?.description).toMatch(
          /^To confirm, reschedule or cancel: /,
        );
      } finally {
        await setLocale('en');
      }
    });

    it('held waits for the start; the rep marks it held and records a won sale, and the lead follows', async () => {
      const appointment = await book(5);
      const early = await mark(rita, appointment.id, { status: 'held' });
      expect(early.status).toBe(409);
      t.clock.set(at(appointment.startsAt).add({ minutes: 40 }));
      const setterTries = await mark(setter1, appointment.id, { status: 'held' });
      expect(setterTries.status).toBe(403);
      const rep3 = await t.authed('rep3@demo.test');
      expect((await mark(rep3, appointment.id, { status: 'held' })).status).toBe(404);
      const held = await mark(rita, appointment.id, { status: 'held' });
      expect(held.status).toBe(200);
      expect(held.body.status).toBe('held');
      expect((await leadOf(appointment.lead.id)).lead.status).toBe('appointment_held');

      const noAmount = await rita.post<ErrorBody>(`/api/appointments/${appointment.id}/outcome`, {
        outcome: 'won',
      });
      expect(noAmount.status).toBe(400);
      expect(noAmount.body.error.field).toBe('amountMinor');
      const won = await rita.post<AppointmentDto>(`/api/appointments/${appointment.id}/outcome`, {
        outcome: 'won',
        amountMinor: 1_250_000,
        currency: 'usd',
      });
      expect(won.status).toBe(200);
      expect(won.body.outcome).toEqual({
        result: 'won',
        amountMinor: 1_250_000,
        currency: 'USD',
        reason: null,
      });
      const detail = await leadOf(appointment.lead.id);
      expect(detail.lead.status).toBe('won');
      expect(detail.events.map((e) => e.type)).toEqual(
        expect.arrayContaining(['appointment_set', 'appointment_held', 'appointment_outcome']),
      );
      expect(detail.events.find((e) => e.type === 'appointment_held')?.actorName).toBe('Rita Reyes');
    });

    it('a lost sale needs its reason; an outcome before held is refused', async () => {
      const appointment = await book(6);
      const tooSoon = await manager.post<ErrorBody>(`/api/appointments/${appointment.id}/outcome`, {
        outcome: 'lost',
        reason: 'Budget',
      });
      expect(tooSoon.status).toBe(409);
      t.clock.set(at(appointment.endsAt));
      expect((await mark(manager, appointment.id, { status: 'held' })).status).toBe(200);
      const noReason = await manager.post<ErrorBody>(`/api/appointments/${appointment.id}/outcome`, {
        outcome: 'lost',
      });
      expect(noReason.status).toBe(400);
      const lost = await manager.post<AppointmentDto>(`/api/appointments/${appointment.id}/outcome`, {
        outcome: 'lost',
        reason: 'Chose a competitor',
      });
      expect(lost.body.outcome).toMatchObject({
        result: 'lost',
        reason: 'Chose a competitor',
        amountMinor: null,
      });
      const detail = await leadOf(appointment.lead.id);
      expect(detail.lead.status).toBe('lost');
      expect(detail.events.find((e) => e.type === 'appointment_outcome')?.reason).toBe('Chose a competitor');
    });

    it('a no-show goes back to the setter who booked it as a callback due now, served before the queue', async () => {
      const appointment = await book(7);
      t.clock.set(at(appointment.startsAt).add({ minutes: 15 }));
      const noShow = await mark(rita, appointment.id, { status: 'no_show', reason: 'Did not pick up' });
      expect(noShow.status).toBe(200);
      expect(noShow.body).toMatchObject({ status: 'no_show', statusReason: 'Did not pick up' });
      expect((await leadOf(appointment.lead.id)).lead.status).toBe('callback');
      const callback = await t.deps.database.db
        .selectFrom('callbacks')
        .selectAll()
        .where('lead_id', '=', appointment.lead.id)
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      expect(callback.owner_user_id).toBe(await userIdOf(t, 'setter1@demo.test'));
      expect(callback.due_at).toBe(t.clock().epochMilliseconds);
      const served = await nextLead(setter1, sunpeak.campaignId);
      expect(served.item?.reason).toBe('callback_due');
      expect(served.item?.lead.id).toBe(appointment.lead.id);
    });

    it('cancelling needs a reason, withdraws the invite (CANCEL, SEQUENCE 1) and returns the lead to the queue', async () => {
      const appointment = await book(8);
      expect((await mark(rita, appointment.id, { status: 'cancelled' })).status).toBe(400);
      const cancelled = await mark(rita, appointment.id, { status: 'cancelled', reason: 'Rep is ill' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1, statusReason: 'Rep is ill' });
      const lead = await t.deps.database.db
        .selectFrom('leads')
        .select(['status', 'next_call_at'])
        .where('id', '=', appointment.lead.id)
        .executeTakeFirstOrThrow();
      expect(lead).toEqual({ status: 'attempting', next_call_at: t.clock().epochMilliseconds });
      const cancels = (await mailsOf(t, appointment.id)).filter((m) => m.icsMethod === 'CANCEL');
      expect(cancels).toHaveLength(2);
      for (const mail of cancels) {
        const event = readIcs(mail.ics ?? '').events[0];
        expect(event).toMatchObject({
          uid: `appointment-${appointment.id}@localhost`,
          sequence: 1,
          status: 'CANCELLED',
        });
      }
      expect((await mark(rita, appointment.id, { status: 'cancelled', reason: 'again' })).status).toBe(409);
      // The freed slot is offered again.
      const slots = await slotsFor(setter1, appointment.lead.id, sunpeak.meetingTypeId);
      expect(slots.find((s) => s.startsAt === appointment.startsAt)?.repIds).toContain(rep1);
    });

    it('a setter reschedules: a new appointment points back, keeps the UID with SEQUENCE 1, a retry books nothing new', async () => {
      const appointment = await book(9);
      const target = (await slotsFor(setter1, appointment.lead.id, sunpeak.meetingTypeId)).filter((s) =>
        s.repIds.includes(rep1),
      )[12];
      if (!target) throw new Error('No slot to move to');
      const body = { startsAt: target.startsAt, idempotencyKey: `move-${dialect}-${appointment.id}` };
      const moved = await setter1.post<AppointmentDto>(
        `/api/appointments/${appointment.id}/reschedule`,
        body,
      );
      expect(moved.status).toBe(201);
      expect(moved.body).toMatchObject({
        status: 'scheduled',
        startsAt: target.startsAt,
        rescheduledFromId: appointment.id,
        sequence: 1,
        rep: { id: rep1 },
      });
      const retried = await setter1.post<AppointmentDto>(
        `/api/appointments/${appointment.id}/reschedule`,
        body,
      );
      expect(retried.status).toBe(200);
      expect(retried.body.id).toBe(moved.body.id);
      const old = await setter1.get<AppointmentDto>(`/api/appointments/${appointment.id}`);
      expect(old.body).toMatchObject({ status: 'rescheduled', sequence: 1 });
      const invites = await mailsOf(t, moved.body.id);
      expect(invites).toHaveLength(2);
      for (const mail of invites) {
        const ics = readIcs(mail.ics ?? '');
        expect(ics.method).toBe('REQUEST');
        expect(ics.events[0]).toMatchObject({ uid: `appointment-${appointment.id}@localhost`, sequence: 1 });
      }
      expect((await leadOf(appointment.lead.id)).events.map((e) => e.type)).toContain(
        'appointment_rescheduled',
      );
      const rep = await t.authed('rep1@demo.test');
      const moveByRep = await rep.post<ErrorBody>(`/api/appointments/${moved.body.id}/reschedule`, {
        startsAt: target.startsAt,
      });
      expect(moveByRep.status).toBe(403);
    });

    it('rescheduling onto a taken time answers 409 SLOT_TAKEN and leaves the appointment as it was', async () => {
      const first = await book(10);
      const second = await book(11);
      const response = await setter1.post<ErrorBody>(`/api/appointments/${second.id}/reschedule`, {
        startsAt: first.startsAt,
        repId: rep1,
      });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('SLOT_TAKEN');
      const unchanged = await setter1.get<AppointmentDto>(`/api/appointments/${second.id}`);
      expect(unchanged.body).toMatchObject({ status: 'scheduled', sequence: 0, startsAt: second.startsAt });
    });

    it('the outbox shows managers what went out, newest first; setters may not read it', async () => {
      const appointment = await book(12);
      const outbox = await manager.get<{
        messages: { appointmentId: number; icsMethod: string; id: number }[];
      }>(`/api/outbox?clientId=${sunpeak.id}`);
      expect(outbox.status).toBe(200);
      const ids = outbox.body.messages.map((m) => m.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(outbox.body.messages.slice(0, 2).map((m) => m.appointmentId)).toEqual([
        appointment.id,
        appointment.id,
      ]);
      expect((await setter1.get('/api/outbox')).status).toBe(403);
    });
  });
}
