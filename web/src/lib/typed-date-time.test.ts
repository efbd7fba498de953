import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatFieldDate,
  formatFieldTime,
  parseTypedDate,
  parseTypedTime,
  shiftFieldDate,
  shiftFieldTime,
} from './typed-date-time.ts';

describe('dates as typed', () => {
  it('reads day first in Serbian and month first in English', () => {
    expect(parseTypedDate('7.12.2026.', 'sr')).toBe('2026-12-07');
    expect(parseTypedDate('07.12.2026', 'sr')).toBe('2026-12-07');
    expect(parseTypedDate('12/7/2026', 'en')).toBe('2026-12-07');
    expect(parseTypedDate('12/07/26', 'en')).toBe('2026-12-07');
    expect(parseTypedDate('2026-12-07', 'sr')).toBe('2026-12-07');
  });

  it('refuses dates that do not exist', () => {
    expect(parseTypedDate('31.02.2026.', 'sr')).toBeNull();
    expect(parseTypedDate('13/01/2026', 'en')).toBeNull();
    expect(parseTypedDate('tomorrow', 'en')).toBeNull();
  });

  it('reads back what it writes, in both languages', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (d) => {
          const value = d.toISOString().slice(0, 10);
          for (const language of ['en', 'sr'] as const)
            expect(parseTypedDate(formatFieldDate(value, language), language)).toBe(value);
        },
      ),
    );
  });

  it('moves by days across months and years', () => {
    expect(shiftFieldDate('2026-12-31', 1, '2026-12-07')).toBe('2027-01-01');
    expect(shiftFieldDate('', -1, '2026-03-01')).toBe('2026-02-28');
  });
});

describe('times as typed', () => {
  it('reads the 24-hour clock and am/pm', () => {
    expect(parseTypedTime('14:30')).toBe('14:30');
    expect(parseTypedTime('14.30')).toBe('14:30');
    expect(parseTypedTime('0930')).toBe('09:30');
    expect(parseTypedTime('9')).toBe('09:00');
    expect(parseTypedTime('2:30 pm')).toBe('14:30');
    expect(parseTypedTime('12 am')).toBe('00:00');
    expect(parseTypedTime('12pm')).toBe('12:00');
    expect(parseTypedTime('8 h')).toBe('08:00');
  });

  it('refuses times that do not exist', () => {
    expect(parseTypedTime('24:00')).toBeNull();
    expect(parseTypedTime('13 pm')).toBeNull();
    expect(parseTypedTime('10:75')).toBeNull();
  });

  it('shows 12-hour in English and 24-hour in Serbian, and reads both back', () => {
    expect(formatFieldTime('14:30', 'en')).toBe('2:30 PM');
    expect(formatFieldTime('00:05', 'en')).toBe('12:05 AM');
    expect(formatFieldTime('14:30', 'sr')).toBe('14:30');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        const value = shiftFieldTime('00:00', minutes);
        for (const language of ['en', 'sr'] as const)
          expect(parseTypedTime(formatFieldTime(value, language))).toBe(value);
      }),
    );
  });

  it('reads midnight as an end of day only where one is allowed', () => {
    expect(parseTypedTime('24:00')).toBeNull();
    expect(parseTypedTime('24:00', { endOfDay: true })).toBe('24:00');
    expect(parseTypedTime('24', { endOfDay: true })).toBe('24:00');
    expect(parseTypedTime('24:30', { endOfDay: true })).toBeNull();
    expect(formatFieldTime('24:00', 'en')).toBe('24:00');
    expect(parseTypedTime(formatFieldTime('24:00', 'en'), { endOfDay: true })).toBe('24:00');
  });

  it('moves by minutes around midnight', () => {
    expect(shiftFieldTime('23:50', 15)).toBe('00:05');
    expect(shiftFieldTime('00:00', -15)).toBe('23:45');
  });
});
