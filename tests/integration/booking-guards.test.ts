import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto } from '../../src/contracts/appointments.ts';
import { bookAppointment } from '../../src/core/appointments/book-appointment.ts';
import { closedLeadStatuses } from '../../src/core/leads/lead.ts';
import { bookingPort } from '../../src/server/routes/appointments.routes.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { slotsFor } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, freshLeadIds, userIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';
import { defaultTestInstant } from './support/test-clock.ts';

afterAll(dropTestDatabases);

// Booking is part of a call: a lead that may not be called, or is already booked, is not booked.
for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let setter1: Api;
    let setter2: Api;
    const used: number[] = [];
    const freshLead = async () => {
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1, { exclude: used });
      if (leadId === undefined) throw new Error('No fresh lead');
      used.push(leadId);
      return leadId;
    };
    /** Books the lead at its first open slot, as the setter, with any extra body fields. */
    const book = async (api: Api, leadId: number, extra: Record<string, unknown> = {}) => {
      const [slot] = await slotsFor(api, leadId, sunpeak.meetingTypeId);
      return api.post<AppointmentDto & ErrorBody>('/api/appointments', {
        leadId,
        meetingTypeId: sunpeak.meetingTypeId,
        startsAt: slot?.startsAt,
        ...extra,
      });
    };
    const appointmentsOf = (leadId: number) =>
      t.deps.database.db.selectFrom('appointments').select('id').where('lead_id', '=', leadId).execute();
    const setStatus = (leadId: number, status: string) =>
      t.deps.database.db.updateTable('leads').set({ status }).where('id', '=', leadId).execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      setter1 = await t.authed('setter1@demo.test');
      setter2 = await t.authed('setter2@demo.test');
    });
    afterAll(() => t?.close());
    afterEach(() => t.clock.set(defaultTestInstant));

    it('a do-not-call lead is refused (409 NOT_CALLABLE): status dnc, its phone on the client’s or the organization’s list', async () => {
      const [byStatus, byClientList, byOrganizationList] = [
        await freshLead(),
        await freshLead(),
        await freshLead(),
      ];
      await setStatus(byStatus, 'dnc');
      const { organization_id: organizationId } = await t.deps.database.db
        .selectFrom('clients')
        .select('organization_id')
        .where('id', '=', sunpeak.id)
        .executeTakeFirstOrThrow();
      for (const [leadId, clientId] of [
        [byClientList, sunpeak.id],
        [byOrganizationList, null],
      ] as const) {
        const lead = await t.deps.leads.findLead(leadId);
        await t.deps.database.db
          .insertInto('dnc_entries')
          .values({
            organization_id: organizationId,
            client_id: clientId,
            phone: lead?.phone ?? '',
            source: 'manual',
            created_by_user_id: null,
            created_at: t.clock().epochMilliseconds,
          })
          .execute();
      }
      for (const leadId of [byStatus, byClientList, byOrganizationList]) {
        const refused = await book(setter1, leadId);
        expect(refused.status).toBe(409);
        expect(refused.body.error.code).toBe('NOT_CALLABLE');
        expect(await appointmentsOf(leadId)).toEqual([]);
        expect((await t.deps.leads.findLead(leadId))?.attemptCount).toBe(0);
      }
    });

    it.each(closedLeadStatuses.filter((s) => s !== 'dnc'))(
      'a lead closed as %s is refused (409 NOT_CALLABLE) and left as it was',
      async (status) => {
        const leadId = await freshLead();
        await setStatus(leadId, status);
        const refused = await book(setter1, leadId);
        expect(refused.status).toBe(409);
        expect(refused.body.error.code).toBe('NOT_CALLABLE');
        expect(await appointmentsOf(leadId)).toEqual([]);
        expect((await t.deps.leads.findLead(leadId))?.status).toBe(status);
      },
    );

    it('after a no-show the lead (now a callback) is booked again', async () => {
      const leadId = await freshLead();
      const first = await book(setter1, leadId);
      expect(first.status).toBe(201);
      t.clock.set(at(first.body.startsAt).add({ minutes: 10 }));
      const manager = await t.authed('manager@demo.test');
      const noShow = await manager.post(`/api/appointments/${first.body.id}/status`, { status: 'no_show' });
      expect(noShow.status).toBe(200);
      expect((await t.deps.leads.findLead(leadId))?.status).toBe('callback');
      const again = await book(setter1, leadId);
      expect(again.status).toBe(201);
      expect((await t.deps.leads.findLead(leadId))?.status).toBe('appointment_set');
    });

    it('a lead with a live appointment gets no second one (409 CONFLICT), even when its status was reopened', async () => {
      const leadId = await freshLead();
      const first = await book(setter1, leadId);
      expect(first.status).toBe(201);
      const second = await book(setter2, leadId);
      expect(second.status).toBe(409);
      expect(second.body.error.code).toBe('CONFLICT');
      await setStatus(leadId, 'callback');
      expect((await book(setter1, leadId)).body.error.code).toBe('CONFLICT');
      expect(await appointmentsOf(leadId)).toHaveLength(1);
    });

    it('the transaction re-checks the lead: closed or booked after it was read, it is not booked', async () => {
      const actor = await t.deps.users.loadActor(await userIdOf(t, 'setter1@demo.test'));
      if (!actor) throw new Error('No actor');
      const [closedMeanwhile, bookedMeanwhile] = [await freshLead(), await freshLead()];
      expect((await book(setter2, bookedMeanwhile)).status).toBe(201);
      await setStatus(bookedMeanwhile, 'attempting');
      await setStatus(closedMeanwhile, 'dnc');
      const now = t.clock();
      const port = bookingPort(t.deps, actor, now);
      // The reads before the transaction still see the lead as it was: open and not booked.
      const stale = {
        ...port,
        findLead: async (id: number) => {
          const lead = await port.findLead(id);
          return lead && { ...lead, status: 'new' as const };
        },
        hasLiveAppointment: async () => false,
      };
      for (const [leadId, code] of [
        [closedMeanwhile, 'NOT_CALLABLE'],
        [bookedMeanwhile, 'CONFLICT'],
      ] as const) {
        const [slot] = await slotsFor(setter1, leadId, sunpeak.meetingTypeId);
        const input = {
          leadId,
          campaignId: null,
          meetingTypeId: sunpeak.meetingTypeId,
          startsAt: at(slot?.startsAt ?? ''),
          repId: null,
          locationKind: 'phone' as const,
          location: null,
          questionsAsked: null,
          notes: null,
          durationSeconds: 0,
          qualification: null,
          idempotencyKey: null,
        };
        await expect(bookAppointment(stale, actor, input, now)).rejects.toMatchObject({ code });
      }
      expect(await appointmentsOf(closedMeanwhile)).toEqual([]);
      expect(await appointmentsOf(bookedMeanwhile)).toHaveLength(1);
      expect((await t.deps.leads.findLead(closedMeanwhile))?.attemptCount).toBe(0);
    });

    it('idempotency keys are the setter’s own: another setter’s same key books, a reuse on another lead is 400', async () => {
      const key = `shared-key-${dialect}`;
      const [mine, theirs, other] = [await freshLead(), await freshLead(), await freshLead()];
      const first = await book(setter1, mine, { idempotencyKey: key });
      expect(first.status).toBe(201);
      const second = await book(setter2, theirs, { idempotencyKey: key });
      expect(second.status).toBe(201);
      expect(second.body.id).not.toBe(first.body.id);
      const retried = await book(setter2, theirs, { idempotencyKey: key });
      expect(retried.status).toBe(200);
      expect(retried.body.id).toBe(second.body.id);

      const reused = await book(setter1, other, { idempotencyKey: key });
      expect(reused.status).toBe(400);
      expect(reused.body.error).toMatchObject({ code: 'VALIDATION', field: 'idempotencyKey' });
      expect(await appointmentsOf(other)).toEqual([]);
    });
  });
}
