import type { SlotDaysResponse } from '../../contracts/appointments.ts';
import type { HorizonDays } from '../../core/appointments/slot-pages-for-lead.ts';
import { iso, isoOrNull } from './mappers.ts';

/** The day navigator's answer on the wire. */
export function slotDaysDto(found: HorizonDays): SlotDaysResponse {
  return {
    timeZone: found.timeZone,
    horizonEnd: iso(found.horizonEnd),
    firstStartsAt: isoOrNull(found.firstStartsAt),
    days: found.days.map((day) => ({
      date: day.date,
      startsAt: iso(day.startsAt),
      endsAt: iso(day.endsAt),
      slots: day.slots,
      firstStartsAt: isoOrNull(day.firstStartsAt),
    })),
  };
}
