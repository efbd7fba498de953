import { Temporal } from 'temporal-polyfill';
import { instantFromLocal } from '../../../lib/zoned-time.ts';

export interface LocalDateTime {
  /** 'YYYY-MM-DD' in the lead's calendar. */
  date: string;
  /** 'HH:MM' on the lead's clock. */
  time: string;
}

/**
 * The instant of a wall-clock time in the lead's zone; null while the fields are incomplete.
 * A time skipped by a DST jump moves forward, as a person would read it ('compatible').
 *
 * @example
 * leadLocalToInstant({ date: '2026-11-27', time: '10:30' }, 'America/Chicago') // '2026-11-27T16:30:00Z'
 */
export function leadLocalToInstant(value: LocalDateTime, timeZone: string): string | null {
  return instantFromLocal(value, timeZone);
}

/**
 * The lead's wall clock at an instant, as the callback fields hold it (an offered time picked).
 *
 * @example
 * instantToLeadLocal('2026-12-09T01:45:00Z', 'America/New_York') // { callbackDate: '2026-12-08', callbackTime: '20:45' }
 */
export function instantToLeadLocal(
  instant: string,
  timeZone: string,
): { callbackDate: string; callbackTime: string } {
  const local = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  return {
    callbackDate: local.toPlainDate().toString(),
    callbackTime: local.toPlainTime().toString({ smallestUnit: 'minute' }),
  };
}

export const callbackPresets = ['inTwoHours', 'tomorrowMorning', 'tomorrowEvening'] as const;
export type CallbackPreset = (typeof callbackPresets)[number];

/** Quick picks, in the lead's own calendar: "tomorrow 10:00" means 10:00 where the lead is. */
export function presetLocalDateTime(preset: CallbackPreset, now: string, timeZone: string): LocalDateTime {
  const here = Temporal.Instant.from(now).toZonedDateTimeISO(timeZone);
  const at = (zoned: Temporal.ZonedDateTime): LocalDateTime => ({
    date: zoned.toPlainDate().toString(),
    time: zoned.toPlainTime().toString({ smallestUnit: 'minute' }),
  });
  switch (preset) {
    case 'inTwoHours':
      return at(
        here.add({ hours: 2 }).round({ smallestUnit: 'minute', roundingIncrement: 15, roundingMode: 'ceil' }),
      );
    case 'tomorrowMorning':
      return { date: here.toPlainDate().add({ days: 1 }).toString(), time: '10:00' };
    case 'tomorrowEvening':
      return { date: here.toPlainDate().add({ days: 1 }).toString(), time: '17:00' };
    default: {
      const unreachable: never = preset;
      throw new Error(`unknown preset ${String(unreachable)}`);
    }
  }
}
