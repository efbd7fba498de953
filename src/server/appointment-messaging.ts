import type { AppointmentMessaging } from '../core/appointments/appointment-ports.ts';
import type { MailTransport } from '../core/jobs/outgoing-mail.ts';
import { buildAppointmentInvite } from '../integrations/calendar/appointment-invite.ts';
import { createSmtpMailer } from '../integrations/mail/smtp.mailer.ts';
import { parseSmtpUrl } from '../integrations/mail/smtp-settings.ts';
import type { AppConfig } from './config/env.ts';
import { hashToken, newSecret } from './plugins/auth.ts';

/** Where people reach the app, for links in mails: PUBLIC_URL, else this machine's port. */
export const publicBaseUrl = (config: AppConfig): string =>
  (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');

/** How appointment mails are made here: settings from the environment, iCalendar, link secrets. */
export function appointmentMessaging(config: AppConfig): AppointmentMessaging {
  const baseUrl = publicBaseUrl(config);
  // The sender is read by the SMTP settings' own parser, also when no SMTP server is configured.
  const { from } = parseSmtpUrl(config.SMTP_URL ?? 'smtp://localhost', config.MAIL_FROM);
  return {
    baseUrl,
    uidHost: new URL(baseUrl).hostname,
    organizer: { name: from.name || from.email, email: from.email },
    reminderOffsetsMinutes: config.REMINDER_OFFSETS_MINUTES,
    selfServiceLinkDays: config.SELF_SERVICE_LINK_DAYS,
    renderInvite: buildAppointmentInvite,
    newSecret() {
      const token = newSecret();
      return { token, hash: hashToken(token) };
    },
  };
}

/** The SMTP relay of SMTP_URL; none without it, and mail then stays in the outbox (see ADR 0006). */
export function mailTransport(config: AppConfig): MailTransport | null {
  return config.SMTP_URL ? createSmtpMailer(parseSmtpUrl(config.SMTP_URL, config.MAIL_FROM)) : null;
}
