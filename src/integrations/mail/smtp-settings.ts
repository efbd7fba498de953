import { AppError } from '../../core/shared/app-error.ts';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (smtps://, usually port 465); otherwise STARTTLS when offered. */
  secure: boolean;
  user?: string;
  password?: string;
  from: { name: string; email: string };
}

const defaultPorts = { 'smtp:': 587, 'smtps:': 465 } as const;

/**
 * Reads `SMTP_URL` and `MAIL_FROM`. User and password are percent-decoded; the port defaults to 587
 * (submission) for smtp:// and 465 for smtps://. Errors never repeat the password.
 *
 * @example
 * parseSmtpUrl('smtps://mailer:s%40cret@smtp.example.com', 'SetterDesk <no-reply@example.com>');
 * // { host: 'smtp.example.com', port: 465, secure: true, user: 'mailer', password: 's@cret',
 * //   from: { name: 'SetterDesk', email: 'no-reply@example.com' } }
 */
export function parseSmtpUrl(url: string, from: string): SmtpSettings {
  const parsed = parseUrl(url);
  const protocol = parsed.protocol;
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw invalid(`SMTP URL must start with smtp:// or smtps://, got ${protocol}//`);
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw invalid('SMTP URL has no host');
  if ((parsed.pathname !== '' && parsed.pathname !== '/') || parsed.search || parsed.hash) {
    throw invalid('SMTP URL takes no path, query or fragment: smtp://user:password@host:port');
  }
  const user = decode(parsed.username, 'user');
  const password = decode(parsed.password, 'password');
  return {
    host,
    port: parsed.port ? Number(parsed.port) : defaultPorts[protocol],
    secure: protocol === 'smtps:',
    ...(user ? { user } : {}),
    ...(password ? { password } : {}),
    from: parseMailbox(from),
  };
}

/** `Name <email>`, `"Name" <email>` or a bare `email`. */
function parseMailbox(text: string): { name: string; email: string } {
  const named = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(text);
  const name = (named?.[1] ?? '').replace(/^"(.*)"$/, '$1').trim();
  const email = named ? (named[2] ?? '') : text.trim();
  if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(email)) {
    throw invalid(`Mail sender must be "Name <email@example.com>" or an address, got: ${text}`, 'MAIL_FROM');
  }
  return { name, email };
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    // The input may hold a password, so it is not echoed back.
    throw invalid('SMTP URL is not a valid URL; expected smtp://user:password@host:port');
  }
}

function decode(part: string, what: 'user' | 'password'): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalid(`SMTP URL has a badly percent-encoded ${what}`);
  }
}

function invalid(message: string, field: 'SMTP_URL' | 'MAIL_FROM' = 'SMTP_URL'): AppError {
  return new AppError('VALIDATION', { message, field });
}
