import type { AppointmentDto, SlotsResponse } from '../../../src/contracts/appointments.ts';
import { createWorker, type Worker, type WorkerOptions } from '../../../src/server/worker.ts';
import { type DemoClient, freshLeadIds } from './demo-data.ts';
import type { Api } from './test-api.ts';
import type { TestApp } from './test-app.ts';

/** The open slots a setter is offered for a lead, next first. */
export async function slotsFor(
  api: Api,
  leadId: number,
  meetingTypeId: number,
): Promise<SlotsResponse['slots']> {
  const response = await api.get<SlotsResponse>(
    `/api/leads/${leadId}/slots?meetingTypeId=${meetingTypeId}&limit=500`,
  );
  if (response.status !== 200) throw new Error(`slots: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.slots;
}

/**
 * Books a fresh lead of the client with the rep at the `nth` slot offered for that rep; throws on
 * anything but 201 so a test starts from a booked appointment.
 */
export async function bookFreshLead(
  t: TestApp,
  setter: Api,
  client: DemoClient,
  options: { repId: number; nth?: number; exclude?: number[] },
): Promise<AppointmentDto> {
  const [leadId] = await freshLeadIds(t, client.id, 1, { exclude: options.exclude ?? [] });
  const slots = (await slotsFor(setter, Number(leadId), client.meetingTypeId)).filter((s) =>
    s.repIds.includes(options.repId),
  );
  const slot = slots[options.nth ?? 0];
  if (!slot) throw new Error(`No slot for rep ${options.repId}`);
  const booked = await setter.post<AppointmentDto>('/api/appointments', {
    leadId,
    meetingTypeId: client.meetingTypeId,
    startsAt: slot.startsAt,
    repId: options.repId,
    locationKind: 'phone',
    campaignId: client.campaignId,
  });
  if (booked.status !== 201) throw new Error(`book: ${booked.status} ${JSON.stringify(booked.body)}`);
  return booked.body;
}

export interface OutboxRow {
  id: number;
  to: { name?: string; email: string }[];
  subject: string;
  text: string;
  icsMethod: string | null;
  ics: string | null;
  status: string;
}

/** The mails queued for an appointment, oldest first. */
export async function mailsOf(t: TestApp, appointmentId: number): Promise<OutboxRow[]> {
  const rows = await t.deps.database.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('appointment_id', '=', appointmentId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    to: JSON.parse(r.to_addresses) as OutboxRow['to'],
    subject: r.subject,
    text: r.text_body,
    icsMethod: r.ics_method,
    ics: r.ics,
    status: r.status,
  }));
}

/** The secret of the lead's private link, read from the newest lead mail of the appointment. */
export async function leadLinkToken(t: TestApp, appointment: AppointmentDto): Promise<string> {
  const mails = await mailsOf(t, appointment.id);
  const leadMail = mails.reverse().find((m) => m.to.some((to) => to.email === appointment.lead.email));
  const token = leadMail?.text.match(/\/a\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`No self-service link mailed for appointment ${appointment.id}`);
  return token;
}

/** A worker over the app's dependencies that keeps mail in the outbox unless given a mailer. */
export const testWorker = (t: TestApp, options: WorkerOptions = {}): Worker =>
  createWorker(t.deps, { mailer: null, ...options });

/** Runs passes until no job is due, so a test sees everything the worker would do by now. */
export async function drainJobs(worker: Worker): Promise<void> {
  for (let pass = 0; pass < 50; pass++) {
    const report = await worker.runOnce();
    if (report.done + report.retried + report.failed + report.lost === 0) return;
  }
  throw new Error('Jobs kept coming after 50 passes');
}
