/**
 * Dates and times as a person types them, in the screen's language — day first and 24-hour in
 * Serbian ("07.12.2026.", "14:30"), month first and 12-hour in US English ("12/07/2026",
 * "2:30 PM") — read into and out of the values forms keep: "YYYY-MM-DD" and "HH:mm". The
 * browser's own pickers follow the browser's locale, not the language the user chose.
 */

export type FieldLanguage = 'en' | 'sr';

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * "YYYY-MM-DD" from what was typed, or null: ISO always; otherwise day.month.year in Serbian and
 * month/day/year in English, with any of . / - as separators; a two-digit year is 20xx.
 *
 * @example
 * parseTypedDate('7.12.2026.', 'sr') // '2026-12-07'
 * parseTypedDate('12/7/26', 'en') // '2026-12-07'
 */
export function parseTypedDate(text: string, language: FieldLanguage): string | null {
  const trimmed = text.trim().replace(/\.$/, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/.exec(trimmed);
  if (!parts) return null;
  const [first, second] = [Number(parts[1]), Number(parts[2])];
  const year = parts[3]?.length === 2 ? 2000 + Number(parts[3]) : Number(parts[3]);
  return language === 'sr' ? validDate(year, second, first) : validDate(year, first, second);
}

/**
 * A "YYYY-MM-DD" value as the language writes it.
 *
 * @example
 * formatFieldDate('2026-12-07', 'sr') // '07.12.2026.'
 * formatFieldDate('2026-12-07', 'en') // '12/07/2026'
 */
export function formatFieldDate(value: string, language: FieldLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  return language === 'sr' ? `${day}.${month}.${year}.` : `${month}/${day}/${year}`;
}

/**
 * "HH:mm" from what was typed, or null: "14:30", "14.30", "1430", "9", "2:30 pm", "2pm", "12 am".
 * Without am/pm the hour is read on the 24-hour clock in either language. The end of a working
 * day or window may be midnight itself: with `endOfDay`, "24" and "24:00" read as '24:00'.
 *
 * @example
 * parseTypedTime('2:30 pm') // '14:30'
 * parseTypedTime('0930') // '09:30'
 * parseTypedTime('24:00', { endOfDay: true }) // '24:00'
 */
export function parseTypedTime(
  text: string,
  { endOfDay = false }: { endOfDay?: boolean } = {},
): string | null {
  const cleaned = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (endOfDay && /^24(?:\s*[:.h]?\s*00)?\s*h?$/.test(cleaned)) return '24:00';
  const match = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2})|(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|h)?$/.exec(cleaned);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  const half = match[4]?.replaceAll('.', '');
  if (minute > 59) return null;
  if (half === 'am' || half === 'pm') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/**
 * A "HH:mm" value on the language's clock.
 *
 * @example
 * formatFieldTime('14:30', 'en') // '2:30 PM'
 * formatFieldTime('14:30', 'sr') // '14:30'
 */
export function formatFieldTime(value: string, language: FieldLanguage): string {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  // Midnight as an end of day reads the same on either clock.
  if (language === 'sr' || value === '24:00') return `${match[1]}:${match[2]}`;
  const hour = Number(match[1]);
  return `${hour % 12 === 0 ? 12 : hour % 12}:${match[2]} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** A "HH:mm" value moved by `minutes`, wrapping around midnight (arrow keys in a time field). */
export function shiftFieldTime(value: string, minutes: number): string {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  const total = match ? Number(match[1]) * 60 + Number(match[2]) : 9 * 60;
  const next = (((total + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(next / 60))}:${pad(next % 60)}`;
}

/** A "YYYY-MM-DD" value moved by `days` (arrow keys in a date field). */
export function shiftFieldDate(value: string, days: number, today: string): string {
  const base = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : today;
  const [year, month, day] = base.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 2026, (month ?? 1) - 1, (day ?? 1) + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}
