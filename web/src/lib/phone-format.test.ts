import { describe, expect, it } from 'vitest';
import { formatPhone } from './phone-format.ts';

describe('formatPhone', () => {
  it.each([
    ['a US number is grouped as (area) exchange-line', '+17735550161', '+1 (773) 555-0161'],
    ['a Serbian number stays as stored', '+381641234567', '+381641234567'],
    ['a short or odd value stays as stored', '+1773555', '+1773555'],
  ])('%s', (_title, input, expected) => {
    expect(formatPhone(input)).toBe(expected);
  });
});
