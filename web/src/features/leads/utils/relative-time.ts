import { Temporal } from 'temporal-polyfill';

const steps: { unit: Intl.RelativeTimeFormatUnit; seconds: number; below: number }[] = [
  { unit: 'second', seconds: 1, below: 45 },
  { unit: 'minute', seconds: 60, below: 45 * 60 },
  { unit: 'hour', seconds: 3600, below: 22 * 3600 },
  { unit: 'day', seconds: 86_400, below: 26 * 86_400 },
  { unit: 'month', seconds: 30 * 86_400, below: 320 * 86_400 },
  { unit: 'year', seconds: 365 * 86_400, below: Number.POSITIVE_INFINITY },
];

/**
 * How long ago (or how soon) an instant is, in the user's language: "now", "5 minutes ago",
 * "yesterday", "in 2 days". Under 45 seconds is "now".
 *
 * @example
 * relativeTime('2026-06-10T16:00:00Z', '2026-06-10T16:05:00Z', 'en') // '5 minutes ago'
 */
export function relativeTime(at: string, now: string, locale: string): string {
  const seconds =
    (Temporal.Instant.from(at).epochMilliseconds - Temporal.Instant.from(now).epochMilliseconds) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const step = steps.find((s) => Math.abs(seconds) < s.below) ?? steps[steps.length - 1];
  if (!step || step.unit === 'second') return format.format(0, 'second');
  return format.format(Math.round(seconds / step.seconds), step.unit);
}
