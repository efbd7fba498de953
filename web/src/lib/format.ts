import i18n from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneLabel } from '../../../src/core/shared/time-zone-label.ts';
import { intlLocale } from '../i18n/i18n.ts';

/**
 * "America/Chicago" → "Central Time — Chicago" ("Северноамеричко централно време — Чикаго"),
 * in the language on screen unless a locale is given: the platform's CLDR names, one labeller
 * for every page (src/core/shared/time-zone-label.ts).
 */
export function zoneLabel(timeZone: string, locale: string = intlLocale(i18n.language ?? 'en')): string {
  return timeZoneLabel(timeZone, locale);
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
  /** ISO weekday (1 = Monday) as "Monday" or "Mon". */
  weekday: (isoWeekday: number, width?: 'long' | 'short') => string;
  /** A calendar date "YYYY-MM-DD" as "Thu, Nov 27, 2026", with no zone involved. */
  localDate: (date: string) => string;
  /** An amount in minor units (cents) as "$1,250.00". */
  money: (amountMinor: number, currency: string) => string;
}

// 2024-01-01 was a Monday: ISO weekday n is n − 1 days later.
const mondayNoon = Date.UTC(2024, 0, 1, 12);
const dayMs = 86_400_000;

/** How many decimals a currency has (USD 2, JPY 0); 2 when the browser does not know it. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
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
    weekday: (isoWeekday, width = 'long') =>
      format({ weekday: width }, 'UTC', new Date(mondayNoon + (isoWeekday - 1) * dayMs).toISOString()),
    localDate: (date) =>
      format(
        { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' },
        'UTC',
        `${date}T12:00:00Z`,
      ),
    money: (amountMinor, currency) => {
      const digits = currencyDigits(currency);
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
          amountMinor / 10 ** digits,
        );
      } catch {
        return `${(amountMinor / 10 ** digits).toFixed(digits)} ${currency}`;
      }
    },
  };
}

/** Formatters for the language on screen. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => createFormatters(intlLocale(language)), [language]);
}
