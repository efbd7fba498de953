import nodemailer from 'nodemailer';
import { AppError } from '../../core/shared/app-error.ts';
import type { Mailer, MailMessage } from './mailer.ts';
import type { SmtpSettings } from './smtp-settings.ts';

/**
 * A Mailer over SMTP (nodemailer). An invite goes out as nodemailer's `icalEvent`: a
 * `text/calendar; method=REQUEST|CANCEL` alternative beside the text, which Gmail, Outlook and Apple
 * Mail show with Accept/Decline, plus the same file as an `invite.ics` attachment for other clients.
 * One connection per message: mail is sent from the background worker, not in a request.
 * Like SMTP itself, `send` resolves once the server took the message for at least one recipient
 * and rejects when it refused all of them; send one mail per recipient to learn of each refusal.
 *
 * @example
 * const mailer = createSmtpMailer(parseSmtpUrl(config.SMTP_URL, config.MAIL_FROM));
 * await mailer.send({ to: [{ email: 'lee@example.com' }], subject: 'Your appointment', text: '…',
 *   calendar: { method: 'REQUEST', content: buildAppointmentInvite(invite) } });
 */
export function createSmtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
  });
  const from = settings.from.name
    ? { name: settings.from.name, address: settings.from.email }
    : settings.from.email;
  return {
    async send(message: MailMessage): Promise<{ messageId: string }> {
      if (message.to.length === 0) {
        throw new AppError('VALIDATION', {
          message: `Mail "${message.subject}" has no recipient`,
          field: 'to',
        });
      }
      try {
        const info = await transport.sendMail({
          from,
          to: message.to.map((r) => (r.name ? { name: r.name, address: r.email } : r.email)),
          subject: message.subject,
          text: message.text,
          ...(message.html === undefined ? {} : { html: message.html }),
          ...(message.calendar
            ? { icalEvent: { method: message.calendar.method, content: message.calendar.content } }
            : {}),
        });
        return { messageId: info.messageId };
      } catch (cause) {
        throw sendFailure(message, settings, cause);
      }
    },
  };
}

/** Names the mail, the server and the server's own reply (e.g. "550 5.1.1 No such user"). */
function sendFailure(message: MailMessage, settings: SmtpSettings, cause: unknown): AppError {
  const recipients = message.to.map((r) => r.email).join(', ');
  const reason = cause instanceof Error ? cause.message : String(cause);
  const smtp = (cause ?? {}) as { responseCode?: unknown; command?: unknown; code?: unknown };
  return new AppError('INTERNAL', {
    message: `Mail "${message.subject}" to ${recipients} was not sent via ${settings.host}:${settings.port}: ${reason}`,
    details: { responseCode: smtp.responseCode, command: smtp.command, code: smtp.code },
    cause,
  });
}
