import type { Temporal } from 'temporal-polyfill';
import type { JobHandler } from '../jobs/job.ts';
import type { AppointmentMessaging, AppointmentWriter } from './appointment-ports.ts';
import { isLive } from './appointment-rules.ts';
import type { Appointment } from './appointment-state.ts';
import { type Recipient, recipientAddress, reminderMailText } from './notify-texts.ts';
import { isReminderTimely, reminderRuns } from './reminder-schedule.ts';

export const reminderJobKind = 'appointment_reminder';

interface ReminderPayload {
  appointmentId: number;
  offsetMinutes: number;
  /** The invite sequence the reminder was planned for: a reschedule or cancel makes it stale. */
  sequence: number;
  /** The lead's link as mailed with the invite (the appointment keeps only its hash). */
  link: string | null;
}

/**
 * Plans one reminder job per configured offset still ahead. The dedupe key carries the sequence,
 * so planning again for the same invite adds nothing, while a new time plans afresh.
 */
export async function scheduleReminders(
  writer: Pick<AppointmentWriter, 'scheduleJob'>,
  messaging: Pick<AppointmentMessaging, 'reminderOffsetsMinutes'>,
  appointment: Pick<Appointment, 'id' | 'startsAt' | 'sequence'>,
  link: string | null,
  now: Temporal.Instant,
): Promise<void> {
  for (const run of reminderRuns(appointment.startsAt, messaging.reminderOffsetsMinutes, now)) {
    const payload: ReminderPayload = {
      appointmentId: appointment.id,
      offsetMinutes: run.offsetMinutes,
      sequence: appointment.sequence,
      link,
    };
    await writer.scheduleJob({
      kind: reminderJobKind,
      runAt: run.runAt,
      payload: { ...payload },
      dedupeKey: `reminder:${appointment.id}:${run.offsetMinutes}:${appointment.sequence}`,
      now,
    });
  }
}

function parsePayload(payload: unknown): ReminderPayload | undefined {
  const p = payload as Partial<ReminderPayload> | null;
  if (!p || typeof p.appointmentId !== 'number' || typeof p.offsetMinutes !== 'number') return undefined;
  if (typeof p.sequence !== 'number') return undefined;
  return { ...p, link: typeof p.link === 'string' ? p.link : null } as ReminderPayload;
}

/**
 * Runs a reminder: queues the reminder mails to the lead and the rep, in the transaction that
 * completes the job, so each reminder goes out once even with many worker nodes. Nothing is sent
 * for an appointment cancelled, rescheduled (the sequence moved on) or already past.
 */
export function appointmentReminderHandler<W extends AppointmentWriter>(
  messaging: Pick<AppointmentMessaging, 'reminderOffsetsMinutes'>,
): JobHandler<W> {
  return async ({ job, now, complete }) => {
    const payload = parsePayload(job.payload);
    if (!payload) return complete();
    await complete(async (writer) => {
      const notice = await writer.loadNotice(payload.appointmentId);
      const appointment = notice?.appointment;
      if (!notice || !appointment || !isLive(appointment.status)) return;
      if (appointment.sequence !== payload.sequence) return;
      const offsets = messaging.reminderOffsetsMinutes;
      if (!isReminderTimely(appointment.startsAt, payload.offsetMinutes, offsets, now)) return;
      const recipients: Recipient[] = ['lead', 'rep'];
      for (const recipient of recipients) {
        const to = recipientAddress(notice, recipient);
        if (!to) continue;
        const text = reminderMailText(notice, recipient, recipient === 'lead' ? payload.link : null);
        await writer.enqueueMail(
          {
            clientId: appointment.clientId,
            appointmentId: appointment.id,
            to: [to],
            subject: text.subject,
            text: text.text,
            calendar: null,
          },
          now,
        );
      }
    });
  };
}
