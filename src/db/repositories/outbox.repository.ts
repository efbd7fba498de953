import type { Kysely, Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { OutgoingMail, StoredMail } from '../../core/jobs/outgoing-mail.ts';
import type { MailOutboxPort } from '../../core/jobs/send-mail-job.ts';
import { sendMailJob } from '../../core/jobs/send-mail-job.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database, MailOutboxTable } from '../schema.ts';
import { insertJob } from './jobs.repository.ts';

type Executor = Kysely<Database> | Transaction<Database>;
type MailRow = Omit<MailOutboxTable, 'id' | 'attempts'> & { id: number; attempts: number };

/** A mail as the outbox page shows it. */
export interface OutboxRecord extends StoredMail {
  attempts: number;
  lastError: string | null;
  createdAt: Temporal.Instant;
  sentAt: Temporal.Instant | null;
}

const mailStatuses = ['pending', 'sent', 'failed'] as const;

function mailRowToRecord(row: MailRow): OutboxRecord {
  const method = row.ics_method === 'REQUEST' || row.ics_method === 'CANCEL' ? row.ics_method : null;
  const status = mailStatuses.find((s) => s === row.status) ?? 'pending';
  return {
    id: row.id,
    clientId: row.client_id,
    appointmentId: row.appointment_id,
    to: parseJson<OutgoingMail['to']>(row.to_addresses, []),
    subject: row.subject,
    text: row.text_body,
    calendar: method && row.ics ? { method, content: row.ics } : null,
    status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: Temporal.Instant.fromEpochMilliseconds(row.created_at),
    sentAt: row.sent_at === null ? null : Temporal.Instant.fromEpochMilliseconds(row.sent_at),
  };
}

/** Queues a mail as pending with the job that sends it, in the caller's transaction. */
export async function insertMail(
  executor: Executor,
  mail: OutgoingMail,
  now: Temporal.Instant,
): Promise<number> {
  const row = await executor
    .insertInto('mail_outbox')
    .values({
      client_id: mail.clientId,
      appointment_id: mail.appointmentId,
      to_addresses: toJson(mail.to),
      subject: mail.subject,
      text_body: mail.text,
      html_body: null,
      ics: mail.calendar?.content ?? null,
      ics_method: mail.calendar?.method ?? null,
      status: 'pending',
      created_at: now.epochMilliseconds,
      sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertJob(executor, sendMailJob(row.id, now));
  return row.id;
}

export async function markMailSent(executor: Executor, id: number, now: Temporal.Instant): Promise<void> {
  await executor
    .updateTable('mail_outbox')
    .set((eb) => ({ status: 'sent', sent_at: now.epochMilliseconds, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

export function createOutboxRepository(db: Kysely<Database>) {
  const port: MailOutboxPort = {
    async findMail(id) {
      const row = await db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
      return row && mailRowToRecord(row);
    },
    async recordMailFailure(id, error, final) {
      await db
        .updateTable('mail_outbox')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          last_error: error.slice(0, 2000),
          ...(final ? { status: 'failed' } : {}),
        }))
        .where('id', '=', id)
        .execute();
    },
  };
  return {
    ...port,

    /** The newest mails of these clients first. */
    async list(clientIds: readonly number[], limit: number): Promise<OutboxRecord[]> {
      if (clientIds.length === 0) return [];
      const rows = await db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('client_id', 'in', clientIds)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(mailRowToRecord);
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
