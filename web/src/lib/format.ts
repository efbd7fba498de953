import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/i18n.ts';

/** "America/Chicago" → "Chicago": short enough for a label beside a time. */
export function zoneLabel(timeZone: string): string {
  const city = timeZone.split('/').pop() ?? timeZone;
  return city.replaceAll('_', ' ');
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface Formatters {
  locale: string;
  /** "14:30" in the zone. */
  time: (instant: string, timeZone: string) => string;
  /** "Thu, Nov 27" in the zone. */
  day: (instant: string, timeZone: string) => string;
  /** "Thursday, November 27, 2026" in the zone. */
  longDay: (instant: string, timeZone: string) => string;
  dateTime: (instant: string, timeZone: string) => string;
  number: (value: number) => string;
  percent: (value: number) => string;
}

// 24-hour clock everywhere, so "callable until 20:59" reads the same in every language.
export function createFormatters(locale: string): Formatters {
  const cache = new Map<string, Intl.DateTimeFormat>();
  const format = (options: Intl.DateTimeFormatOptions, timeZone: string, instant: string) => {
    const key = `${JSON.stringify(options)}|${timeZone}`;
    let formatter = cache.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      cache.set(key, formatter);
    }
    return formatter.format(new Date(instant));
  };
  return {
    locale,
    time: (instant, zone) => format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, zone, instant),
    day: (instant, zone) => format({ weekday: 'short', month: 'short', day: 'numeric' }, zone, instant),
    longDay: (instant, zone) =>
      format({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }, zone, instant),
    dateTime: (instant, zone) =>
      format(
        {
          weekday: 'short',
          month: 'short',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        },
        zone,
        instant,
      ),
    number: (value) => new Intl.NumberFormat(locale).format(value),
    percent: (value) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value),
  };
}

/** Formatters for the language on screen. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => createFormatters(intlLocale(language)), [language]);
}
