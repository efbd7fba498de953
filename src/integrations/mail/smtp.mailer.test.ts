import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerError } from 'smtp-server';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/shared/app-error.ts';
import { buildAppointmentInvite } from '../calendar/appointment-invite.ts';
import { readIcs } from '../calendar/ics-reader.test-support.ts';
import type { MailMessage } from './mailer.ts';
import { allParts, readMime } from './mime-reader.test-support.ts';
import { createSmtpMailer } from './smtp.mailer.ts';
import type { SmtpSettings } from './smtp-settings.ts';

interface Received {
  mailFrom: string;
  rcptTo: string[];
  user: unknown;
  raw: string;
}

interface ServerOptions {
  rejectRecipient?: (address: string) => boolean;
  credentials?: { user: string; password: string };
}

const servers: SMTPServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(resolve))));
});

/** A real SMTP server on loopback, plain text (no STARTTLS offered), recording what it accepts. */
async function startSmtpServer(options: ServerOptions = {}): Promise<{ port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      const ok =
        auth.username === options.credentials?.user && auth.password === options.credentials?.password;
      callback(
        ok ? null : new Error('Invalid username or password'),
        ok ? { user: auth.username } : undefined,
      );
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (!options.rejectRecipient?.(address.address)) return callback();
      const error: SMTPServerError = new Error(`5.1.1 <${address.address}>: Recipient address rejected`);
      error.responseCode = 550;
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: session.user,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, received };
}

const settingsFor = (port: number, extra: Partial<SmtpSettings> = {}): SmtpSettings => ({
  host: '127.0.0.1',
  port,
  secure: false,
  from: { name: 'Acme Solar', email: 'meetings@acme.test' },
  ...extra,
});

const at = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);
const invite = buildAppointmentInvite({
  method: 'REQUEST',
  uid: 'appointment-42@setterdesk',
  sequence: 0,
  startsAt: at('2026-03-10T14:00:00Z'),
  endsAt: at('2026-03-10T14:30:00Z'),
  timeZone: 'America/New_York',
  summary: 'Solar consultation',
  description: 'Bring the last two bills.',
  location: null,
  organizer: { name: 'Acme Solar', email: 'meetings@acme.test' },
  attendees: [
    { name: 'Rita Rep', email: 'rita@acme.test', role: 'rep' },
    { name: 'Lee Lead', email: 'lee@example.com', role: 'lead' },
  ],
  status: 'CONFIRMED',
  now: at('2026-03-01T09:00:00Z'),
});

const inviteMail: MailMessage = {
  to: [{ name: 'Lee Lead', email: 'lee@example.com' }, { email: 'rita@acme.test' }],
  subject: 'Your solar consultation on March 10',
  text: 'See you on March 10 at 10:00.',
  calendar: { method: 'REQUEST', content: invite },
};

describe('createSmtpMailer', () => {
  it('delivers an invite whose text/calendar part says method=REQUEST and carries the UID', async () => {
    const { port, received } = await startSmtpServer();
    const { messageId } = await createSmtpMailer(settingsFor(port)).send(inviteMail);

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.mailFrom).toBe('meetings@acme.test');
    expect(mail?.rcptTo).toEqual(['lee@example.com', 'rita@acme.test']);
    const message = readMime(mail?.raw ?? '');
    expect(message.headers.get('message-id')).toBe(messageId);
    expect(message.headers.get('subject')).toBe(inviteMail.subject);
    expect(message.headers.get('from')).toBe('Acme Solar <meetings@acme.test>');
    expect(message.headers.get('to')).toBe('Lee Lead <lee@example.com>, rita@acme.test');

    const parts = allParts(message);
    expect(parts.find((part) => part.type === 'text/plain')?.body).toBe(inviteMail.text);
    const calendarParts = parts.filter((part) => part.type === 'text/calendar');
    expect(calendarParts).toHaveLength(1);
    const [calendarPart] = calendarParts;
    expect(calendarPart?.params.get('method')).toBe('REQUEST');
    expect(calendarPart?.params.get('charset')?.toLowerCase()).toBe('utf-8');
    const read = readIcs(calendarPart?.body ?? '');
    expect(read.method).toBe('REQUEST');
    expect(read.events.map((event) => event.uid)).toEqual(['appointment-42@setterdesk']);
    // The same file as an attachment, for clients that ignore the alternative.
    expect(parts.find((part) => part.type === 'application/ics')?.body).toBe(calendarPart?.body);
  });

  it('sends a CANCEL as method=CANCEL, and a plain mail without any calendar part', async () => {
    const { port, received } = await startSmtpServer();
    const mailer = createSmtpMailer(settingsFor(port));
    await mailer.send({ ...inviteMail, calendar: { method: 'CANCEL', content: invite } });
    await mailer.send({
      to: [{ email: 'lee@example.com' }],
      subject: 'Reminder',
      text: 'Tomorrow',
      html: '<p>Tomorrow</p>',
    });

    const [cancel, plain] = received.map((mail) => allParts(readMime(mail.raw)));
    expect(cancel?.find((part) => part.type === 'text/calendar')?.params.get('method')).toBe('CANCEL');
    expect(plain?.map((part) => part.type)).toEqual(['multipart/alternative', 'text/plain', 'text/html']);
  });

  it('logs in with the configured user and password', async () => {
    const credentials = { user: 'mailer', password: 's3cret' };
    const { port, received } = await startSmtpServer({ credentials });
    await createSmtpMailer(settingsFor(port, { user: 'mailer', password: 's3cret' })).send(inviteMail);
    expect(received[0]?.user).toBe('mailer');
  });

  it('rejects with the server’s reply when the only recipient is refused (550 5.1.1)', async () => {
    const { port, received } = await startSmtpServer({
      rejectRecipient: (address) => address === 'nobody@acme.test',
    });
    const sending = createSmtpMailer(settingsFor(port)).send({
      ...inviteMail,
      to: [{ email: 'nobody@acme.test' }],
    });

    await expect(sending).rejects.toThrow(AppError);
    await expect(sending).rejects.toThrow(
      /Mail "Your solar consultation on March 10" to nobody@acme\.test was not sent via 127\.0\.0\.1:\d+: .*550 5\.1\.1 <nobody@acme\.test>: Recipient address rejected/,
    );
    await expect(sending).rejects.toMatchObject({ code: 'INTERNAL', details: { responseCode: 550 } });
    expect(received).toEqual([]);
  });

  it('rejects with a clear message when the password is wrong', async () => {
    const { port } = await startSmtpServer({ credentials: { user: 'mailer', password: 's3cret' } });
    const sending = createSmtpMailer(settingsFor(port, { user: 'mailer', password: 'wrong' })).send(
      inviteMail,
    );
    await expect(sending).rejects.toThrow(/was not sent via 127\.0\.0\.1:\d+: Invalid login/);
  });

  it('rejects a mail without recipients before connecting', async () => {
    const sending = createSmtpMailer(settingsFor(1)).send({ ...inviteMail, to: [] });
    await expect(sending).rejects.toMatchObject({ code: 'VALIDATION', field: 'to' });
  });
});
