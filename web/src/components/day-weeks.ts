/** A date of the horizon as the day navigator shows it. */
export interface NavigatorDay {
  /** Local date `YYYY-MM-DD`. */
  date: string;
  slots: number;
}

/** ISO weekday (1 = Monday) of a `YYYY-MM-DD` date, no zone involved. */
export const isoWeekdayOfDate = (date: string): number => {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
};

/**
 * The next date with open slots after (step 1) or before (step −1) `date`; `date` itself when none.
 *
 * @example
 * nextOpenDate(days, '2026-12-11', 1) // '2026-12-14' when the weekend is closed
 */
export function nextOpenDate(days: readonly NavigatorDay[], date: string, step: 1 | -1): string {
  const index = days.findIndex((d) => d.date === date);
  for (let i = index + step; i >= 0 && i < days.length; i += step) {
    const day = days[i];
    if (day && day.slots > 0) return day.date;
  }
  return date;
}
