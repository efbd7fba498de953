import { Temporal } from 'temporal-polyfill';

/**
 * A yearly onset of an observance: the nth (or last, -1) weekday of a month at a local wall time,
 * read in the offset in force before it. This is the shape Outlook approximates every VTIMEZONE to
 * (one standard and one daylight onset per year), so writing it this way keeps Outlook exact too.
 */
interface YearlyOnset {
  month: number;
  weekday: number;
  nth: number;
  time: Temporal.PlainTime;
  offsetFromSeconds: number;
  offsetToSeconds: number;
}

type ZoneRules =
  | { kind: 'fixed'; offsetSeconds: number }
  | { kind: 'yearly'; standard: YearlyOnset; daylight: YearlyOnset };

const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The VTIMEZONE block for `timeZone`, or `null` when the zone cannot be written faithfully as one
 * yearly standard/daylight pair (or one fixed offset) for every instant given — the caller then
 * writes those times in UTC. The rules are read from the zone's transitions in the year of the
 * first instant and checked against every instant.
 *
 * @example
 * buildVtimezone('America/New_York', [Temporal.Instant.from('2026-11-01T05:30:00Z')]);
 * // BEGIN:VTIMEZONE / TZID:America/New_York / BEGIN:DAYLIGHT / DTSTART:19700308T020000 /
 * // RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU / TZOFFSETFROM:-0500 / TZOFFSETTO:-0400 / … / END:VTIMEZONE
 */
export function buildVtimezone(timeZone: string, instants: readonly Temporal.Instant[]): string | null {
  const first = instants[0];
  if (!first) return null;
  const rules = zoneRulesOf(timeZone, first.toZonedDateTimeISO(timeZone).year);
  if (!rules) return null;
  const faithful = instants.every(
    (instant) =>
      offsetByRules(rules, instant) === instant.toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e9,
  );
  return faithful ? renderVtimezone(timeZone, rules) : null;
}

function zoneRulesOf(timeZone: string, year: number): ZoneRules | null {
  const start = Temporal.PlainDate.from({ year, month: 1, day: 1 }).toZonedDateTime({ timeZone });
  const end = start.add({ years: 1 });
  const transitions: Temporal.ZonedDateTime[] = [];
  for (let next = start.getTimeZoneTransition('next'); next; next = next.getTimeZoneTransition('next')) {
    if (Temporal.ZonedDateTime.compare(next, end) >= 0 || transitions.length > 2) break;
    transitions.push(next);
  }
  if (transitions.length === 0) return { kind: 'fixed', offsetSeconds: start.offsetNanoseconds / 1e9 };
  if (transitions.length !== 2) return null;
  const [a, b] = transitions.map((transition) => onsetOf(transition, timeZone));
  if (!a || !b) return null;
  const daylight = a.offsetToSeconds > a.offsetFromSeconds ? a : b;
  const standard = daylight === a ? b : a;
  if (standard.offsetToSeconds >= standard.offsetFromSeconds) return null;
  return { kind: 'yearly', standard, daylight };
}

function onsetOf(transition: Temporal.ZonedDateTime, timeZone: string): YearlyOnset {
  const instant = transition.toInstant();
  const offsetFromSeconds =
    instant.subtract({ nanoseconds: 1 }).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e9;
  const wall = instant.toZonedDateTimeISO('UTC').toPlainDateTime().add({ seconds: offsetFromSeconds });
  const date = wall.toPlainDate();
  return {
    month: date.month,
    weekday: date.dayOfWeek,
    // A day in the month's last week is read as "last", the usual rule (e.g. Europe: last Sunday).
    nth: date.day + 7 > date.daysInMonth ? -1 : Math.ceil(date.day / 7),
    time: wall.toPlainTime(),
    offsetFromSeconds,
    offsetToSeconds: transition.offsetNanoseconds / 1e9,
  };
}

function onsetDate(onset: YearlyOnset, year: number): Temporal.PlainDate {
  const month = Temporal.PlainYearMonth.from({ year, month: onset.month });
  if (onset.nth > 0) {
    const firstDay = month.toPlainDate({ day: 1 });
    return firstDay.add({ days: ((onset.weekday - firstDay.dayOfWeek + 7) % 7) + 7 * (onset.nth - 1) });
  }
  const lastDay = month.toPlainDate({ day: month.daysInMonth });
  return lastDay.subtract({ days: (lastDay.dayOfWeek - onset.weekday + 7) % 7 });
}

function onsetInstant(onset: YearlyOnset, year: number): Temporal.Instant {
  const wall = onsetDate(onset, year).toPlainDateTime(onset.time);
  return wall.toZonedDateTime('UTC').toInstant().subtract({ seconds: onset.offsetFromSeconds });
}

/** The UTC offset, in seconds, that a reader of the written VTIMEZONE will apply at `instant`. */
function offsetByRules(rules: ZoneRules, instant: Temporal.Instant): number {
  if (rules.kind === 'fixed') return rules.offsetSeconds;
  const year = instant.toZonedDateTimeISO('UTC').year;
  let latest: { at: Temporal.Instant; offsetSeconds: number } | undefined;
  for (const y of [year - 1, year, year + 1]) {
    for (const onset of [rules.standard, rules.daylight]) {
      const at = onsetInstant(onset, y);
      if (Temporal.Instant.compare(at, instant) > 0) continue;
      if (!latest || Temporal.Instant.compare(at, latest.at) > 0) {
        latest = { at, offsetSeconds: onset.offsetToSeconds };
      }
    }
  }
  return latest ? latest.offsetSeconds : rules.standard.offsetToSeconds;
}

function renderVtimezone(timeZone: string, rules: ZoneRules): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (rules.kind === 'fixed') {
    const offset = formatOffset(rules.offsetSeconds);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000');
    lines.push(`TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  } else {
    lines.push(
      ...renderObservance('DAYLIGHT', rules.daylight),
      ...renderObservance('STANDARD', rules.standard),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function renderObservance(name: 'STANDARD' | 'DAYLIGHT', onset: YearlyOnset): string[] {
  // DTSTART is the rule's first onset from 1970: only the rule matters to readers of the invite.
  const start = onsetDate(onset, 1970).toPlainDateTime(onset.time);
  const weekday = weekdayCodes[onset.weekday - 1];
  return [
    `BEGIN:${name}`,
    `DTSTART:${start.toString().replace(/[-:]/g, '').slice(0, 15)}`,
    `RRULE:FREQ=YEARLY;BYMONTH=${onset.month};BYDAY=${onset.nth}${weekday}`,
    `TZOFFSETFROM:${formatOffset(onset.offsetFromSeconds)}`,
    `TZOFFSETTO:${formatOffset(onset.offsetToSeconds)}`,
    `END:${name}`,
  ];
}

/** RFC 5545 UTC-OFFSET: ±HHMM, with seconds only when there are any. */
function formatOffset(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '+';
  const abs = Math.abs(totalSeconds);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const seconds = abs % 60;
  return `${sign}${pad(Math.floor(abs / 3600))}${pad(Math.floor((abs % 3600) / 60))}${seconds ? pad(seconds) : ''}`;
}
