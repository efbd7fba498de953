import { useState } from 'react';
import { Temporal } from 'temporal-polyfill';

/** From the start of today (in the user's zone) onward; the same range on the list and the detail. */
export function useUpcomingRange(timeZone: string): { from: string } {
  const [range] = useState(() => {
    const startOfDay = Temporal.Now.zonedDateTimeISO(timeZone).startOfDay();
    return { from: startOfDay.toInstant().toString() };
  });
  return range;
}
