import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppointmentWriter } from '../core/appointments/appointment-ports.ts';
import { appointmentReminderHandler, reminderJobKind } from '../core/appointments/reminder-jobs.ts';
import type { JobHandler } from '../core/jobs/job.ts';
import type { MailTransport } from '../core/jobs/outgoing-mail.ts';
import { type RunReport, runDueJobs } from '../core/jobs/run-due-jobs.ts';
import { type MailJobWriter, sendMailHandler, sendMailJobKind } from '../core/jobs/send-mail-job.ts';
import type { AppDeps } from './deps.ts';

export interface Worker {
  /** Names this process in job locks. */
  readonly nodeId: string;
  /** One pass over the due jobs (tests call it directly). */
  runOnce(): Promise<RunReport>;
  start(): void;
  /** Stops polling and waits for the pass in progress. */
  stop(): Promise<void>;
}

export interface WorkerOptions {
  nodeId?: string;
  /** Overrides the SMTP transport of the configuration; null keeps mail in the outbox. */
  mailer?: MailTransport | null;
  batch?: number;
  onError?: (error: unknown) => void;
}

/**
 * The background worker of one app node: every WORKER_POLL_MS it claims the due jobs — mails to
 * send, reminders to queue — and runs them. Every node may run one; the job table's claims make
 * each job run on one node at a time, and a node that dies mid-job loses it to another after the
 * lock expires.
 */
export function createWorker(deps: AppDeps, options: WorkerOptions = {}): Worker {
  const nodeId = options.nodeId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const mailer = options.mailer === undefined ? deps.mailer : options.mailer;
  const batch = options.batch ?? 20;
  const handlers: Record<string, JobHandler<AppointmentWriter & MailJobWriter>> = {
    [sendMailJobKind]: sendMailHandler(deps.outbox, mailer),
    [reminderJobKind]: appointmentReminderHandler(deps.messaging),
  };
  const runOnce = () => runDueJobs(deps.jobs, handlers, { nodeId, clock: deps.clock, batch });

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  const tick = () => {
    running = runOnce()
      .then((report) => {
        const claimed = report.done + report.retried + report.failed + report.lost;
        // A full batch means more may be due: go again at once instead of waiting a poll.
        schedule(claimed >= batch ? 0 : deps.config.WORKER_POLL_MS);
      })
      .catch((error: unknown) => {
        options.onError?.(error);
        schedule(deps.config.WORKER_POLL_MS);
      });
  };
  const schedule = (delay: number) => {
    if (!stopped) timer = setTimeout(tick, delay);
  };

  return {
    nodeId,
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
