import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MailTransport } from '../../src/core/jobs/outgoing-mail.ts';
import { createDatabase } from '../../src/db/create-database.ts';
import { insertMail } from '../../src/db/repositories/outbox.repository.ts';
import { type AppDeps, createDeps } from '../../src/server/deps.ts';
import { createWorker } from '../../src/server/worker.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { bookFreshLead, drainJobs, mailsOf, testWorker } from './support/appointment-flow.ts';
import { type DemoClient, demoClient, repIdOf } from './support/demo-data.ts';
import type { Api } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';
import { defaultTestInstant } from './support/test-clock.ts';

afterAll(dropTestDatabases);

type Sent = Parameters<MailTransport['send']>[0];

/** A mail transport that records what it is given, as an SMTP server would accept it. */
function recordingMailer(): MailTransport & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    async send(mail) {
      // A real relay answers after a network round trip: let other workers interleave.
      await new Promise((resolve) => setTimeout(resolve, 1));
      sent.push(mail);
      return { messageId: `<${sent.length}@test>` };
    },
  };
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
      return appointment;
    };
    const queueMails = async (count: number, subject: string) => {
      const ids: number[] = [];
      for (let i = 0; i < count; i++) {
        const to = [{ email: `load-${i}@example.com` }];
        const mail = {
          clientId: sunpeak.id,
          appointmentId: null,
          to,
          subject: `${subject} ${i}`,
          text: '.',
          calendar: null,
        };
        ids.push(await insertMail(t.deps.database.db, mail, t.clock()));
      }
      return ids;
    };
    const jobOfMail = (outboxId: number) =>
      t.deps.database.db
        .selectFrom('jobs')
        .selectAll()
        .where('dedupe_key', '=', `mail:${outboxId}`)
        .executeTakeFirstOrThrow();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      rep1 = await repIdOf(t, 'rep1@demo.test');
      setter1 = await t.authed('setter1@demo.test');
    });
    afterAll(() => t?.close());
    afterEach(() => t.clock.set(defaultTestInstant));

    it('without SMTP the worker marks queued mail sent in the outbox, where the outbox page shows it', async () => {
      const appointment = await book(0);
      await drainJobs(testWorker(t));
      const mails = await mailsOf(t, appointment.id);
      expect(mails.map((m) => m.status)).toEqual(['sent', 'sent']);
    });

    it('a reminder goes out once at its time, and the one-day reminder is skipped when it runs that late', async () => {
      const appointment = await book(30);
      const worker = testWorker(t);
      await drainJobs(worker);
      t.clock.set(at(appointment.startsAt).subtract({ minutes: 59 }));
      await drainJobs(worker);
      await drainJobs(worker);
      const reminders = (await mailsOf(t, appointment.id)).filter((m) => m.subject.startsWith('Reminder:'));
      expect(reminders.map((m) => m.to[0]?.email).sort()).toEqual(
        [appointment.lead.email, 'rep1@demo.test'].sort(),
      );
      expect(reminders.find((m) => m.to[0]?.email === appointment.lead.email)?.text).toMatch(
        /\/a\/[\w-]{40,}/,
      );
      const jobs = await t.deps.database.db
        .selectFrom('jobs')
        .select(['dedupe_key', 'status', 'attempts'])
        .where('dedupe_key', 'like', `reminder:${appointment.id}:%`)
        .orderBy('dedupe_key')
        .execute();
      expect(jobs).toEqual([
        { dedupe_key: `reminder:${appointment.id}:1440:0`, status: 'done', attempts: 1 },
        { dedupe_key: `reminder:${appointment.id}:60:0`, status: 'done', attempts: 1 },
      ]);
    });

    it('a cancelled appointment gets no reminder', async () => {
      const appointment = await book(31);
      const rep = await t.authed('rep1@demo.test');
      await rep.post(`/api/appointments/${appointment.id}/status`, {
        status: 'cancelled',
        reason: 'Lead moved away',
      });
      t.clock.set(at(appointment.startsAt).subtract({ minutes: 30 }));
      await drainJobs(testWorker(t));
      const reminders = (await mailsOf(t, appointment.id)).filter((m) => m.subject.startsWith('Reminder:'));
      expect(reminders).toEqual([]);
    });

    it('two workers on one database send 50 due mails, each exactly once', async () => {
      const ids = await queueMails(50, `Race ${dialect}`);
      // On PostgreSQL: a second app node with its own connection pool. SQLite serves one node, whose
      // single connection both workers then share.
      const second: AppDeps =
        dialect === 'postgres'
          ? createDeps(createDatabase(t.config.DATABASE_URL), t.config, t.deps.timeZones, t.clock)
          : t.deps;
      const mailerA = recordingMailer();
      const mailerB = recordingMailer();
      const a = createWorker(t.deps, { mailer: mailerA, nodeId: 'node-a', batch: 7 });
      const b = createWorker(second, { mailer: mailerB, nodeId: 'node-b', batch: 7 });
      const unfinished = async () =>
        (await Promise.all(ids.map(jobOfMail))).filter((j) => j.status !== 'done').length;
      try {
        for (let pass = 0; pass < 50 && (await unfinished()) > 0; pass++) {
          // Each pass another node starts first, as timers on separate machines would.
          const [first, then] = pass % 2 === 0 ? [a, b] : [b, a];
          await Promise.all([first.runOnce(), then.runOnce()]);
        }
      } finally {
        if (second !== t.deps) await second.database.destroy();
      }
      const subjects = [...mailerA.sent, ...mailerB.sent]
        .map((m) => m.subject)
        .filter((s) => s.startsWith(`Race ${dialect}`));
      expect(subjects).toHaveLength(50);
      expect(mailerA.sent.length).toBeGreaterThan(0);
      expect(mailerB.sent.length).toBeGreaterThan(0);
      expect(new Set(subjects).size).toBe(50);
      const jobs = await Promise.all(ids.map(jobOfMail));
      expect(jobs.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
      expect(new Set(jobs.map((j) => j.locked_by))).toEqual(new Set([null]));
    });

    it('a job whose worker crashed is taken over once its lock expires, and runs once more', async () => {
      const [id] = await queueMails(1, `Crash ${dialect}`);
      const outboxId = Number(id);
      const lockedUntil = t.clock().add({ seconds: 30 }).epochMilliseconds;
      await t.deps.database.db
        .updateTable('jobs')
        .set({ status: 'running', locked_by: 'crashed-node', locked_until: lockedUntil, attempts: 1 })
        .where('dedupe_key', '=', `mail:${outboxId}`)
        .execute();
      const mailer = recordingMailer();
      const worker = createWorker(t.deps, { mailer, nodeId: 'survivor' });
      await drainJobs(worker);
      expect(mailer.sent.map((m) => m.subject)).not.toContain(`Crash ${dialect} 0`);
      t.clock.advance({ seconds: 31 });
      await drainJobs(worker);
      expect(mailer.sent.filter((m) => m.subject === `Crash ${dialect} 0`)).toHaveLength(1);
      expect(await jobOfMail(outboxId)).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
    });

    it('a refused delivery is retried after a growing pause and given up after five attempts', async () => {
      const [id] = await queueMails(1, `Refused ${dialect}`);
      const outboxId = Number(id);
      const refusing: MailTransport = {
        async send(mail) {
          throw new Error(`550 No such user ${mail.to[0]?.email}`);
        },
      };
      const worker = createWorker(t.deps, { mailer: refusing, nodeId: 'unlucky' });
      const pauses: number[] = [];
      for (let attempt = 1; attempt <= 5; attempt++) {
        const before = t.clock().epochMilliseconds;
        await worker.runOnce();
        const job = await jobOfMail(outboxId);
        expect(job.attempts).toBe(attempt);
        if (attempt < 5) {
          expect(job.status).toBe('pending');
          pauses.push((job.run_at - before) / 1000);
          t.clock.set(at(new Date(job.run_at).toISOString()));
        } else {
          expect(job.status).toBe('failed');
          expect(job.last_error).toMatch(/550 No such user/);
        }
      }
      expect(pauses).toEqual([60, 120, 240, 480]);
      const mail = await t.deps.database.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('id', '=', outboxId)
        .executeTakeFirstOrThrow();
      expect(mail).toMatchObject({ status: 'failed', attempts: 5 });
      expect(mail.last_error).toMatch(/550/);
    });
  });
}
