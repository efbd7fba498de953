import type { Result } from '../shared/result.ts';

/**
 * The outcome of reading an email cell: `value` is the address, or null for an empty cell (a lead
 * need not have one); `EMAIL_INVALID` when something is there but is not an address.
 */
export type EmailResult = Result<string | null, 'EMAIL_INVALID'>;

const localPart = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/u;
const domainLabel = /^[\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const topLevelDomain = /^(\p{L}{2,}|xn--[a-z0-9-]+)$/u;

/**
 * An email address trimmed and lower-cased. Accepts what mail clients export around it:
 * 'mailto:' and 'Name <address>'. A cell with two addresses is invalid: a lead keeps one.
 *
 * @example
 * normalizeEmail('  Ana@Example.RS ') // { ok: true, value: 'ana@example.rs' }
 * normalizeEmail('') // { ok: true, value: null }
 * normalizeEmail('ana@example') // { ok: false, error: { code: 'EMAIL_INVALID', … } }
 */
export function normalizeEmail(raw: string): EmailResult {
  let text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const bracketed = text.includes('<') ? /<([^<>]*)>\s*$/.exec(text) : null;
  if (bracketed?.[1] !== undefined) text = bracketed[1].trim();
  text = text.replace(/^mailto:/i, '').toLowerCase();
  if (!isEmailAddress(text)) {
    return {
      ok: false,
      error: { code: 'EMAIL_INVALID', message: `"${raw.trim()}" is not a valid email address` },
    };
  }
  return { ok: true, value: text };
}

function isEmailAddress(text: string): boolean {
  if (text.length > 254) return false;
  const at = text.lastIndexOf('@');
  if (at < 1) return false;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  const tld = labels.at(-1) ?? '';
  return (
    local.length <= 64 &&
    localPart.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => domainLabel.test(label)) &&
    topLevelDomain.test(tld)
  );
}
