import type { Temporal } from 'temporal-polyfill';
import { type JobHandler, maxJobAttempts, type NewJob } from './job.ts';
import type { MailTransport, StoredMail } from './outgoing-mail.ts';

export const sendMailJobKind = 'send_mail';

export interface MailOutboxPort {
  findMail(id: number): Promise<StoredMail | undefined>;
  /** Counts a failed delivery; `final` marks the mail failed for good. */
  recordMailFailure(id: number, error: string, final: boolean): Promise<void>;
}

export interface MailJobWriter {
  markMailSent(id: number, now: Temporal.Instant): Promise<void>;
}

/** The job that sends one outbox mail, queued with it in the same transaction. */
export const sendMailJob = (outboxId: number, now: Temporal.Instant): NewJob => ({
  kind: sendMailJobKind,
  runAt: now,
  payload: { outboxId },
  dedupeKey: `mail:${outboxId}`,
  now,
});

const outboxIdOf = (payload: unknown): number | undefined => {
  const id = (payload as { outboxId?: unknown } | null)?.outboxId;
  return typeof id === 'number' ? id : undefined;
};

/**
 * Sends a pending outbox mail through the transport and marks it sent. Without a transport (no
 * SMTP configured) the outbox itself is the destination: the mail is marked sent there, where the
 * outbox page shows it. A crash between the SMTP answer and the mark sends the mail again after the
 * lock expires: delivery is at least once, as with any mail relay.
 */
export function sendMailHandler<W extends MailJobWriter>(
  outbox: MailOutboxPort,
  transport: MailTransport | null,
  maxAttempts = maxJobAttempts,
): JobHandler<W> {
  return async ({ job, now, complete }) => {
    const id = outboxIdOf(job.payload);
    const mail = id === undefined ? undefined : await outbox.findMail(id);
    if (mail?.status !== 'pending') return complete();
    if (transport) {
      try {
        await transport.send({
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.calendar ? { calendar: mail.calendar } : {}),
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await outbox.recordMailFailure(mail.id, message, job.attempts >= maxAttempts);
        throw error;
      }
    }
    await complete((writer) => writer.markMailSent(mail.id, now));
  };
}
