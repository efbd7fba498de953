import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIcs } from '../../src/integrations/calendar/ics-reader.test-support.ts';
import { allParts, readMime } from '../../src/integrations/mail/mime-reader.test-support.ts';
import { createWorker } from '../../src/server/worker.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { bookFreshLead, drainJobs, mailsOf } from './support/appointment-flow.ts';
import { demoClient, repIdOf } from './support/demo-data.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

interface Received {
  rcptTo: string[];
  raw: string;
}

/** A real SMTP server on loopback, plain text, recording every message it accepts. */
async function startSmtpServer(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

/** The iCalendar alternative of a received mail, read by ical.js. */
function calendarOf(message: Received) {
  const part = allParts(readMime(message.raw)).find((p) => p.type === 'text/calendar');
  if (!part) throw new Error('No text/calendar part');
  return { method: part.params.get('method'), ics: readIcs(part.body) };
}

for (const dialect of dialects) {
  describe(dialect, () => {
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let t: TestApp;

    beforeAll(async () => {
      smtp = await startSmtpServer();
      t = await createTestApp(dialect, {
        env: {
          SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
          MAIL_FROM: 'SunPeak Meetings <meetings@sunpeak.test>',
          PUBLIC_URL: 'https://desk.example.com/',
        },
      });
    });
    afterAll(async () => {
      await t?.close();
      await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
    });

    it('invites and then the cancellation reach a real SMTP server, each with a calendar part ical.js reads', async () => {
      const sunpeak = await demoClient(t, 'sunpeak-solar');
      const rep1 = await repIdOf(t, 'rep1@demo.test');
      const setter = await t.authed('setter1@demo.test');
      const appointment = await bookFreshLead(t, setter, sunpeak, { repId: rep1, nth: 3 });
      const worker = createWorker(t.deps, { nodeId: `smtp-${dialect}` });
      await drainJobs(worker);

      expect(smtp.received.map((m) => m.rcptTo).sort()).toEqual(
        [[appointment.lead.email], ['rep1@demo.test']].sort(),
      );
      const uid = `appointment-${appointment.id}@desk.example.com`;
      for (const message of smtp.received) {
        const { method, ics } = calendarOf(message);
        expect(method).toBe('REQUEST');
        expect(ics.method).toBe('REQUEST');
        expect(ics.events[0]).toMatchObject({ uid, sequence: 0, status: 'CONFIRMED' });
        expect(ics.events[0]?.organizer).toEqual({ cn: 'SunPeak Meetings', email: 'meetings@sunpeak.test' });
        expect(ics.events[0]?.startsAt.toString()).toBe(appointment.startsAt);
      }
      const toLead = smtp.received.find((m) => m.rcptTo.includes(appointment.lead.email ?? ''));
      expect(calendarOf(toLead ?? { rcptTo: [], raw: '' }).ics.events[0]?.url).toMatch(
        /^https:\/\/desk\.example\.com\/a\/[\w-]{40,}$/,
      );
      expect((await mailsOf(t, appointment.id)).map((m) => m.status)).toEqual(['sent', 'sent']);

      const rep = await t.authed('rep1@demo.test');
      const cancelled = await rep.post(`/api/appointments/${appointment.id}/status`, {
        status: 'cancelled',
        reason: 'Lead asked by phone',
      });
      expect(cancelled.status).toBe(200);
      await drainJobs(worker);
      const cancels = smtp.received.slice(2);
      expect(cancels).toHaveLength(2);
      for (const message of cancels) {
        const { method, ics } = calendarOf(message);
        expect(method).toBe('CANCEL');
        expect(ics.events[0]).toMatchObject({ uid, sequence: 1, status: 'CANCELLED' });
      }
    });
  });
}
