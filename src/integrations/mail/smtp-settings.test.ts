import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/shared/app-error.ts';
import { parseSmtpUrl } from './smtp-settings.ts';

const from = 'SetterDesk <no-reply@setterdesk.localhost>';
const sender = { name: 'SetterDesk', email: 'no-reply@setterdesk.localhost' };

describe('parseSmtpUrl', () => {
  const valid = [
    {
      title: 'smtp:// with user, password and the submission port',
      url: 'smtp://mailer:s3cret@smtp.example.com:587',
      expected: { host: 'smtp.example.com', port: 587, secure: false, user: 'mailer', password: 's3cret' },
    },
    {
      title: 'smtps:// without a port defaults to 465 with TLS',
      url: 'smtps://mailer:s3cret@smtp.example.com',
      expected: { host: 'smtp.example.com', port: 465, secure: true, user: 'mailer', password: 's3cret' },
    },
    {
      title: 'smtp:// without a port defaults to 587',
      url: 'smtp://relay.internal',
      expected: { host: 'relay.internal', port: 587, secure: false },
    },
    {
      title: 'percent-encoded user and password (an email login, a password with @ and :)',
      url: 'smtp://apikey%40acme.test:p%40ss%3Aw%2Frd@smtp.example.com:2525/',
      expected: {
        host: 'smtp.example.com',
        port: 2525,
        secure: false,
        user: 'apikey@acme.test',
        password: 'p@ss:w/rd',
      },
    },
    {
      title: 'an IPv6 loopback host loses its brackets',
      url: 'smtp://[::1]:1025',
      expected: { host: '::1', port: 1025, secure: false },
    },
  ];

  it.each(valid)('reads $title', ({ url, expected }) => {
    expect(parseSmtpUrl(url, from)).toEqual({ ...expected, from: sender });
  });

  const senders = [
    { text: 'SetterDesk <no-reply@setterdesk.localhost>', expected: sender },
    {
      text: '"Acme, Solar" <meetings@acme.test>',
      expected: { name: 'Acme, Solar', email: 'meetings@acme.test' },
    },
    { text: ' meetings@acme.test ', expected: { name: '', email: 'meetings@acme.test' } },
  ];

  it.each(senders)('reads the sender $text', ({ text, expected }) => {
    expect(parseSmtpUrl('smtp://relay.internal', text).from).toEqual(expected);
  });

  const invalid = [
    {
      title: 'another scheme',
      url: 'http://smtp.example.com',
      message: /must start with smtp:\/\/ or smtps:\/\//,
      field: 'SMTP_URL',
    },
    {
      title: 'not a URL at all',
      url: 'smtp.example.com:587',
      message: /must start with smtp:\/\//,
      field: 'SMTP_URL',
    },
    {
      title: 'garbage that does not parse',
      url: 'smtp://mailer:s3cret@exa mple.com',
      message: /not a valid URL/,
      field: 'SMTP_URL',
    },
    { title: 'no host', url: 'smtp://', message: /has no host/, field: 'SMTP_URL' },
    {
      title: 'a query string',
      url: 'smtp://relay.internal?secure=true',
      message: /no path, query/,
      field: 'SMTP_URL',
    },
    {
      title: 'a port out of range',
      url: 'smtp://relay.internal:70000',
      message: /not a valid URL/,
      field: 'SMTP_URL',
    },
    {
      title: 'a bad percent-escape',
      url: 'smtp://mailer:s3cret%zz@relay.internal',
      message: /badly percent-encoded password/,
      field: 'SMTP_URL',
    },
  ];

  it.each(invalid)(
    'rejects $title with a clear message that never repeats the password',
    ({ url, message, field }) => {
      const attempt = () => parseSmtpUrl(url, from);
      expect(attempt).toThrow(AppError);
      expect(attempt).toThrow(message);
      expect(attempt).toThrow(expect.objectContaining({ code: 'VALIDATION', field }));
      expect(attempt).not.toThrow(/s3cret/);
    },
  );

  it.each(['SetterDesk', 'SetterDesk <not an address>', ''])('rejects the sender %j', (text) => {
    expect(() => parseSmtpUrl('smtp://relay.internal', text)).toThrow(
      expect.objectContaining({ code: 'VALIDATION', field: 'MAIL_FROM' }),
    );
  });
});
