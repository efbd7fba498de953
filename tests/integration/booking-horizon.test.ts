import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  AppointmentDto,
  SelfServiceView,
  SlotDaysResponse,
  SlotsResponse,
} from '../../src/contracts/appointments.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { bookFreshLead, leadLinkToken } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, freshLeadIds, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';
import { defaultTestInstant } from './support/test-clock.ts';

afterAll(dropTestDatabases);

const days = (from: string, to: string) =>
  (at(to).epochMilliseconds - at(from).epochMilliseconds) / 86_400_000;

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let rep1: number;
    let setter1: Api;
    let leadId: number;
    const booked: number[] = [];
    const slotsUrl = (query: string) =>
      `/api/leads/${leadId}/slots?meetingTypeId=${sunpeak.meetingTypeId}${query}`;
    const link = (token: string, action = '') => `/api/self-service/${token}${action}`;

    beforeAll(async () => {
      t = await createTestApp(dialect, { env: { SELF_SERVICE_LINK_DAYS: '7' } });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      rep1 = await repIdOf(t, 'rep1@demo.test');
      setter1 = await t.authed('setter1@demo.test');
      const [id] = await freshLeadIds(t, sunpeak.id, 1, { exclude: [] });
      leadId = Number(id);
      booked.push(leadId);
    });
    afterAll(() => t?.close());
    afterEach(() => t.clock.set(defaultTestInstant));

    it('without a limit the whole horizon answers, well past the old 60 slots, and says nothing more follows', async () => {
      const all = await setter1.get<SlotsResponse>(slotsUrl(''));
      expect(all.status).toBe(200);
      expect(all.body.slots.length).toBeGreaterThan(60);
      expect(all.body).toMatchObject({ hasMore: false, nextFrom: null });
      const last = all.body.slots[all.body.slots.length - 1];
      if (!last) throw new Error('no slots');
      // The demo meeting type looks 21 days ahead: the last slot is in its third week, none past its end.
      expect(days(defaultTestInstant, last.startsAt)).toBeGreaterThan(14);
      expect(at(last.startsAt).epochMilliseconds).toBeLessThan(at(all.body.horizonEnd).epochMilliseconds);
    });

    it('a limited page says more exist; following nextFrom reads exactly the one unbounded answer', async () => {
      const all = (await setter1.get<SlotsResponse>(slotsUrl(''))).body.slots;
      const first = await setter1.get<SlotsResponse>(slotsUrl('&limit=60'));
      expect(first.body.slots).toHaveLength(60);
      expect(first.body).toMatchObject({ hasMore: true, nextFrom: all[60]?.startsAt });
      const read: SlotsResponse['slots'] = [];
      let from: string | null = null;
      for (let page = 0; page < 100; page++) {
        const query: string = `&limit=37${from ? `&from=${encodeURIComponent(from)}` : ''}`;
        const answer = await setter1.get<SlotsResponse>(slotsUrl(query));
        expect(answer.status).toBe(200);
        read.push(...answer.body.slots);
        if (!answer.body.hasMore) break;
        from = answer.body.nextFrom;
      }
      expect(read).toEqual(all);
    });

    it('a day range holds that day only; the day list matches it and lists empty days', async () => {
      const list = await setter1.get<SlotDaysResponse>(
        `/api/leads/${leadId}/slot-days?meetingTypeId=${sunpeak.meetingTypeId}`,
      );
      expect(list.status).toBe(200);
      const all = (await setter1.get<SlotsResponse>(slotsUrl(''))).body.slots;
      expect(list.body.days.reduce((n, d) => n + d.slots, 0)).toBe(all.length);
      expect(list.body.firstStartsAt).toBe(all[0]?.startsAt);
      expect(list.body.days.length).toBeGreaterThanOrEqual(21);
      expect(list.body.days.some((d) => d.slots === 0)).toBe(true);
      const later = list.body.days.filter(
        (d) => d.slots > 0 && days(defaultTestInstant, d.startsAt) >= 14,
      )[0];
      if (!later) throw new Error('nothing two weeks ahead');
      const day = await setter1.get<SlotsResponse>(
        slotsUrl(`&from=${encodeURIComponent(later.startsAt)}&to=${encodeURIComponent(later.endsAt)}`),
      );
      expect(day.body.slots).toHaveLength(later.slots);
      expect(day.body.slots[0]?.startsAt).toBe(later.firstStartsAt);
      const zoned = await setter1.get<ErrorBody>(
        `/api/leads/${leadId}/slot-days?meetingTypeId=${sunpeak.meetingTypeId}&timeZone=Mars/Olympus`,
      );
      expect(zoned.status).toBe(400);
      expect(zoned.body.error).toMatchObject({ code: 'VALIDATION', field: 'timeZone' });
    });

    it('a slot 14+ days ahead can be booked', async () => {
      const all = (await setter1.get<SlotsResponse>(slotsUrl(''))).body.slots;
      const far = all.find((s) => days(defaultTestInstant, s.startsAt) >= 14 && s.repIds.includes(rep1));
      if (!far) throw new Error('nothing two weeks ahead');
      const made = await setter1.post<AppointmentDto>('/api/appointments', {
        leadId,
        meetingTypeId: sunpeak.meetingTypeId,
        startsAt: far.startsAt,
        repId: rep1,
        locationKind: 'phone',
        campaignId: sunpeak.campaignId,
      });
      expect(made.status).toBe(201);
      expect(made.body.startsAt).toBe(far.startsAt);
    });

    it('the first invite’s link follows every reschedule to the current appointment, past its own expiry', async () => {
      const appointment = await bookFreshLead(t, setter1, sunpeak, { repId: rep1, nth: 2, exclude: booked });
      booked.push(appointment.lead.id);
      const token = await leadLinkToken(t, appointment);
      const dayList = await t.anonymous.get<SlotDaysResponse>(link(token, '/slot-days'));
      expect(dayList.status).toBe(200);
      expect(dayList.body.timeZone).toBe(appointment.leadTimeZone);
      const far = dayList.body.days.find((d) => d.slots > 0 && days(defaultTestInstant, d.startsAt) >= 15);
      if (!far?.firstStartsAt) throw new Error('nothing two weeks ahead');
      // The lead moves it 15+ days ahead through the page …
      const moved = await t.anonymous.post<SelfServiceView>(link(token, '/reschedule'), {
        startsAt: far.firstStartsAt,
      });
      expect(moved.body).toMatchObject({
        status: 'scheduled',
        startsAt: far.firstStartsAt,
        movedFrom: { startsAt: appointment.startsAt },
      });
      // … then the setter moves it once more.
      const second = await t.deps.database.db
        .selectFrom('appointments')
        .select('id')
        .where('rescheduled_from_id', '=', appointment.id)
        .executeTakeFirstOrThrow();
      const offered = await setter1.get<SlotsResponse>(slotsUrl(''));
      const third = offered.body.slots.find((s) => days(far.firstStartsAt ?? '', s.startsAt) > 1);
      if (!third) throw new Error('no later slot');
      const again = await setter1.post(`/api/appointments/${second.id}/reschedule`, {
        startsAt: third.startsAt,
      });
      expect(again.status).toBe(201);
      // A week after the first time the first link would have expired; it acts on the third appointment.
      t.clock.set(at(appointment.startsAt).add({ hours: 24 * 8 }));
      const view = await t.anonymous.get<SelfServiceView>(link(token));
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ status: 'scheduled', startsAt: third.startsAt, canChange: true });
      expect(view.body.calendar?.google).toContain('calendar.google.com');
      const ics = await t.anonymous.request<string>({ method: 'GET', url: link(token, '/calendar.ics') });
      expect(ics.status).toBe(200);
      expect(String(ics.headers['content-type'])).toMatch(/^text\/calendar/);
      expect(String(ics.body)).toContain('BEGIN:VEVENT');
      expect(String(ics.body)).toContain(`appointment-${appointment.id}@`);
      const cancelled = await t.anonymous.post<SelfServiceView>(link(token, '/cancel'), {});
      expect(cancelled.body).toMatchObject({ status: 'cancelled', startsAt: third.startsAt, calendar: null });
      expect((await t.anonymous.request({ method: 'GET', url: link(token, '/calendar.ics') })).status).toBe(
        409,
      );
    });
  });
}
