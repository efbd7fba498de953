import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentDto } from '../../src/contracts/appointments.ts';
import { readIcs } from '../../src/integrations/calendar/ics-reader.test-support.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { bookFreshLead, slotsFor } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, repIdOf } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let rep1: number;
    let setter1: Api;
    let rita: Api;

    const feedPath = (url: string) => new URL(url).pathname;
    /** The feed as a calendar app fetches it: no login, text/calendar. */
    const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: feedPath(url) });
    const newFeedUrl = async (api: Api, repId: number) => {
      const response = await api.post<{ url: string }>(`/api/reps/${repId}/feed-token`);
      expect(response.status).toBe(200);
      return response.body.url;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      rep1 = await repIdOf(t, 'rep1@demo.test');
      setter1 = await t.authed('setter1@demo.test');
      rita = await t.authed('rep1@demo.test');
    });
    afterAll(() => t?.close());

    it('the rep, a manager or an admin gets a secret feed URL; other reps and setters do not', async () => {
      const url = await newFeedUrl(rita, rep1);
      expect(url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/reps\/[\w-]{40,}\.ics$/);
      await newFeedUrl(await t.authed('manager@demo.test'), rep1);
      const rep3 = await t.authed('rep3@demo.test');
      expect((await rep3.post<ErrorBody>(`/api/reps/${rep1}/feed-token`)).status).toBe(403);
      expect((await setter1.post<ErrorBody>(`/api/reps/${rep1}/feed-token`)).status).toBe(403);
      const rep2 = await t.authed('rep2@demo.test');
      // Another client's rep does not exist for them.
      expect((await rep2.post<ErrorBody>(`/api/reps/${rep1}/feed-token`)).status).toBe(404);
    });

    it('the feed lists the rep’s appointments under their invite UIDs; a moved one once, a cancelled one as CANCELLED', async () => {
      const kept = await bookFreshLead(t, setter1, sunpeak, { repId: rep1, nth: 2 });
      const cancelled = await bookFreshLead(t, setter1, sunpeak, {
        repId: rep1,
        nth: 3,
        exclude: [kept.lead.id],
      });
      const moved = await bookFreshLead(t, setter1, sunpeak, {
        repId: rep1,
        nth: 4,
        exclude: [kept.lead.id, cancelled.lead.id],
      });
      await rita.post(`/api/appointments/${cancelled.id}/status`, {
        status: 'cancelled',
        reason: 'Roof sold',
      });
      const target = (await slotsFor(setter1, moved.lead.id, sunpeak.meetingTypeId)).filter((s) =>
        s.repIds.includes(rep1),
      )[20];
      const rescheduled = await setter1.post<AppointmentDto>(`/api/appointments/${moved.id}/reschedule`, {
        startsAt: target?.startsAt,
        repId: rep1,
      });
      expect(rescheduled.status).toBe(201);

      const response = await fetchFeed(await newFeedUrl(rita, rep1));
      expect(response.statusCode).toBe(200);
      expect(String(response.headers['content-type'])).toMatch(/^text\/calendar/);
      const feed = readIcs(response.body);
      expect(feed.method).toBeNull();
      const byUid = new Map(feed.events.map((e) => [e.uid, e]));
      expect(feed.events.map((e) => e.uid)).toHaveLength(byUid.size);
      expect(byUid.get(`appointment-${kept.id}@localhost`)).toMatchObject({
        sequence: 0,
        status: 'CONFIRMED',
      });
      expect(byUid.get(`appointment-${cancelled.id}@localhost`)).toMatchObject({
        sequence: 1,
        status: 'CANCELLED',
      });
      const movedEvent = byUid.get(`appointment-${moved.id}@localhost`);
      expect(movedEvent).toMatchObject({ sequence: 1, status: 'CONFIRMED' });
      expect(movedEvent?.startsAt.toString()).toBe(target?.startsAt);
      expect(feed.events.every((e) => e.startTzid === 'America/New_York')).toBe(true);
    });

    it('a new feed URL revokes the old one', async () => {
      const first = await newFeedUrl(rita, rep1);
      expect((await fetchFeed(first)).statusCode).toBe(200);
      const second = await newFeedUrl(rita, rep1);
      const old = await t.anonymous.get<ErrorBody>(feedPath(first));
      expect(old.status).toBe(404);
      expect(old.body.error.message).toMatch(/not valid or was replaced/);
      expect((await fetchFeed(second)).statusCode).toBe(200);
    });
  });
}
