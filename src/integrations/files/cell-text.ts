import { Temporal } from 'temporal-polyfill';

/** Excel keeps 15 significant digits and shows no more; 0.1 + 0.2 is shown as 0.3. */
const excelDigits = 15;

const msPerDay = 86_400_000;
/** Days from Excel's day 0 (1899-12-30, after its 1900 leap-year bug) to 1970-01-01; 1904 dates add 1462. */
const unixEpochSerial = 25_569;
const date1904Offset = 1_462;

/**
 * A worksheet cell's value as the text a user sees in it, for importing: numbers in full without
 * an exponent or a trailing '.0' (a phone typed as the number 3035550123 stays "3035550123"),
 * dates as ISO dates (with the time when there is one), rich text and hyperlinks as their text,
 * formulas as their result, booleans as TRUE/FALSE, and error cells ('#N/A') as ''.
 * `numFmt` matters only for a formula's numeric result, which exceljs does not turn into a date.
 *
 * @example
 * cellText(3035550123) // '3035550123'
 * cellText(new Date(Date.UTC(2024, 2, 5))) // '2024-03-05'
 * cellText({ formula: 'A1*2', result: 0.30000000000000004 }) // '0.3'
 */
export function cellText(value: unknown, numFmt?: string, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    return isDateFormat(numFmt) ? dateText(serialToDate(value, date1904)) : numberText(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (hasText(run) ? run.text : '')).join('');
  }
  if ('error' in value) return '';
  if ('result' in value) return cellText(value.result, numFmt, date1904);
  // A hyperlink; its text may itself be rich text.
  if ('text' in value) return cellText(value.text, numFmt, date1904);
  return '';
}

const hasText = (run: unknown): run is { text: string } =>
  typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string';

/**
 * A number written out in full, rounded to the digits Excel shows: never "1e+21" or "1.5e-7",
 * which an import would store as the wrong phone or postal code.
 *
 * @example
 * numberText(1e21) // '1000000000000000000000'
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(excelDigits));
  if (rounded === 0) return '0';
  const text = String(rounded);
  return text.includes('e') ? withoutExponent(text) : text;
}

function withoutExponent(text: string): string {
  const [mantissa = '', exponent = '0'] = text.split('e');
  const sign = mantissa.startsWith('-') ? '-' : '';
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A date cell as an ISO date, or date and time when it has one (to the second, as Excel rounds
 * it for display). Excel dates have no time zone: the Date exceljs gives holds the wall-clock
 * reading in UTC. A time with no date (a serial below 1) is shown as the time alone.
 */
function dateText(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return '';
  const dateTime = Temporal.Instant.fromEpochMilliseconds(Math.round(ms / 1000) * 1000)
    .toZonedDateTimeISO('UTC')
    .toPlainDateTime();
  const time = dateTime.toPlainTime();
  if (time.equals(Temporal.PlainTime.from('00:00'))) return dateTime.toPlainDate().toString();
  if (dateTime.year < 1900) return time.toString();
  return dateTime.toString();
}

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - unixEpochSerial + (date1904 ? date1904Offset : 0)) * msPerDay));
}

/**
 * Whether a number format shows a date or time: it has y, m, d, h or s outside quoted text and
 * [brackets] (colours, locales). The same test exceljs applies to plain cells.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhs]/i.test(numFmt.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, ''));
}
