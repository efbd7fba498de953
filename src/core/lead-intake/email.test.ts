import { describe, expect, it } from 'vitest';
import { normalizeEmail } from './email.ts';

describe('normalizeEmail', () => {
  it.each([
    ['trimmed and lower-cased', '  Ana.Petrovic@Example.RS ', 'ana.petrovic@example.rs'],
    ['plus addressing', 'john+leads@example.com', 'john+leads@example.com'],
    ['a mailto: link', 'mailto:John@Example.com', 'john@example.com'],
    ['an Outlook "Name <address>"', 'John Smith <John@Example.com>', 'john@example.com'],
    ['a subdomain', 'a@mail.example.co.uk', 'a@mail.example.co.uk'],
    ['an internationalized domain', 'info@čačak.rs', 'info@čačak.rs'],
  ])('%s: %s → %s', (_title, raw, email) => {
    expect(normalizeEmail(raw)).toEqual({ ok: true, value: email });
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
  ])('%s → no email (null), not an error', (_title, raw) => {
    expect(normalizeEmail(raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['no @', 'ana.example.com'],
    ['no domain dot', 'ana@example'],
    ['two @', 'ana@@example.com'],
    ['a space inside', 'ana petrovic@example.com'],
    ['two addresses in one cell', 'a@example.com; b@example.com'],
    ['a double dot', 'ana..p@example.com'],
    ['a numeric top-level domain', 'ana@example.123'],
    ['a placeholder', 'n/a'],
  ])('%s (%s) → EMAIL_INVALID naming the value', (_title, raw) => {
    expect(normalizeEmail(raw)).toEqual({
      ok: false,
      error: { code: 'EMAIL_INVALID', message: `"${raw}" is not a valid email address` },
    });
  });
});
