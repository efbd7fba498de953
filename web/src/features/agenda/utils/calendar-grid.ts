import { Temporal } from 'temporal-polyfill';

export const agendaViews = ['day', 'week', 'list'] as const;
export type AgendaView = (typeof agendaViews)[number];
export type GridView = Exclude<AgendaView, 'list'>;

export interface GridHours {
  startHour: number;
  endHour: number;
}

/** The working day a rep's calendar opens on; widened when an appointment lies outside it. */
export const defaultGridHours: GridHours = { startHour: 7, endHour: 20 };

export interface Timed {
  startsAt: string;
  endsAt: string;
}

/** An appointment on one column of the grid: wall-clock minutes since that day's midnight, and its lane. */
export interface Placed<Item extends Timed> {
  item: Item;
  date: string;
  startMinute: number;
  endMinute: number;
  /** 0-based lane among the appointments it overlaps, and how many lanes that group needs. */
  lane: number;
  lanes: number;
}

/** The dates a view shows around an anchor: that day, or Monday to Sunday of its week. */
export function visibleDates(anchor: Temporal.PlainDate, view: GridView): Temporal.PlainDate[] {
  if (view === 'day') return [anchor];
  const monday = anchor.subtract({ days: anchor.dayOfWeek - 1 });
  return Array.from({ length: 7 }, (_, index) => monday.add({ days: index }));
}

export const shiftAnchor = (anchor: Temporal.PlainDate, view: GridView, direction: 1 | -1) =>
  anchor.add({ days: direction * (view === 'day' ? 1 : 7) });

/**
 * What to ask the API for: the visible dates on the clock of `timeZone`, with a day either side, so
 * the same answer serves when the calendar is shown in another rep's zone.
 */
export function fetchRange(
  dates: readonly Temporal.PlainDate[],
  timeZone: string,
): { from: string; to: string } {
  const first = dates[0] ?? Temporal.Now.plainDateISO(timeZone);
  const last = dates.at(-1) ?? first;
  return {
    from: first.subtract({ days: 1 }).toZonedDateTime({ timeZone }).toInstant().toString(),
    to: last.add({ days: 2 }).toZonedDateTime({ timeZone }).toInstant().toString(),
  };
}

/** Minutes since midnight on the wall clock: on a daylight-saving day, 09:00 is still 540. */
const wallMinutes = (time: Temporal.ZonedDateTime) => time.hour * 60 + time.minute;

function lanesFor<Item extends Timed>(column: Omit<Placed<Item>, 'lane' | 'lanes'>[]): Placed<Item>[] {
  const sorted = [...column].sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute);
  const placed: Placed<Item>[] = [];
  let group: Placed<Item>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  const closeGroup = () => {
    for (const member of group) member.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const entry of sorted) {
    // A new group starts once nothing before it is still running: its lanes are its own.
    if (entry.startMinute >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= entry.startMinute);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = entry.endMinute;
    groupEnd = Math.max(groupEnd, entry.endMinute);
    const member = { ...entry, lane, lanes: 1 };
    group.push(member);
    placed.push(member);
  }
  closeGroup();
  return placed;
}

/**
 * Each appointment on the date it starts on the clock of `timeZone`, positioned by wall-clock
 * minutes (an appointment running past midnight ends at 24:00 on its column); overlapping ones
 * side by side. Dates not shown are left out.
 */
export function placeOnDays<Item extends Timed>(
  items: readonly Item[],
  dates: readonly Temporal.PlainDate[],
  timeZone: string,
): Map<string, Placed<Item>[]> {
  const columns = new Map<string, Omit<Placed<Item>, 'lane' | 'lanes'>[]>(
    dates.map((date) => [date.toString(), []]),
  );
  for (const item of items) {
    const start = Temporal.Instant.from(item.startsAt).toZonedDateTimeISO(timeZone);
    const end = Temporal.Instant.from(item.endsAt).toZonedDateTimeISO(timeZone);
    const date = start.toPlainDate().toString();
    const sameDay = Temporal.PlainDate.compare(end.toPlainDate(), start.toPlainDate()) === 0;
    const startMinute = wallMinutes(start);
    const endMinute = sameDay ? Math.max(wallMinutes(end), startMinute + 1) : 24 * 60;
    columns.get(date)?.push({ item, date, startMinute, endMinute });
  }
  return new Map([...columns].map(([date, column]) => [date, lanesFor(column)]));
}

/** The hours the grid shows: the default day, widened to whole hours around anything outside it. */
export function gridHours(columns: Iterable<readonly Placed<Timed>[]>, base = defaultGridHours): GridHours {
  let { startHour, endHour } = base;
  for (const column of columns) {
    for (const entry of column) {
      startHour = Math.min(startHour, Math.floor(entry.startMinute / 60));
      endHour = Math.max(endHour, Math.ceil(entry.endMinute / 60));
    }
  }
  return { startHour, endHour };
}
