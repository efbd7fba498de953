import { Temporal } from 'temporal-polyfill';
import {
  type CallingBlockReason,
  type CallingWindowPolicy,
  callingBlockReasons,
  hoursOn,
  type ParsedCallingWindow,
  parseCallingWindow,
} from './calling-window-policy.ts';
import { considerTimeZones, type TimeZoneCandidate } from './time-zone-candidates.ts';
import {
  dayIndexOf,
  instantsAtWallTime,
  isoWeekdayOf,
  localMsAt,
  msPerDay,
  offsetAt,
  type ZoneTimeline,
  zoneTimeline,
} from './zone-timeline.ts';

export interface CallingDecision {
  callable: boolean;
  /** Empty when callable; otherwise every reason that holds in at least one considered zone. */
  reasons: CallingBlockReason[];
  /** The zones considered, deduplicated, most trusted first. */
  timeZones: string[];
  /** The zone to display: the most trusted one. */
  primaryTimeZone: string | null;
  /** The considered zones disagree on the UTC offset now, or only the client's default is known. */
  uncertain: boolean;
  /** 'HH:MM' now in the primary zone. */
  localTime: string | null;
  /** When callable: the instant the intersected window closes (null if not within the search). */
  callableUntil: Temporal.Instant | null;
  /** When not callable: the next instant it becomes callable (null if not within the search). */
  opensAt: Temporal.Instant | null;
  /** The campaign's hours on today's weekday in the primary zone (null: zone unknown). */
  hours: { startLocal: string; endLocal: string } | null;
}

/** How far ahead `callableUntil` and `opensAt` are looked for. */
export const callingSearchDays = 14;

/**
 * Whether a lead may be called at `now`. Where the lead's zone sources disagree, the window is
 * their intersection: `now` must be inside the window, on a calling day and off the blackout
 * dates in EVERY considered zone, each read in its own local calendar (DST included).
 *
 * The decision depends only on the zone set, the policy and `now`, so a caller ranking many
 * leads may reuse it for every lead with the same zones.
 *
 * @example
 * // Postal code says Chicago, phone says New York: callable 09:00–21:00 New York time only.
 * callingWindowFor(
 *   [{ timeZone: 'America/Chicago', source: 'postal_code' }, { timeZone: 'America/New_York', source: 'phone' }],
 *   defaultCallingWindow,
 *   Temporal.Instant.from('2026-06-10T12:30:00Z'), // 08:30 New York, 07:30 Chicago
 * )
 * // { callable: false, reasons: ['OUTSIDE_CALLING_WINDOW'], primaryTimeZone: 'America/Chicago',
 * //   localTime: '07:30', uncertain: true, opensAt: 2026-06-10T13:00:00Z, callableUntil: null, … }
 */
export function callingWindowFor(
  candidates: TimeZoneCandidate[],
  policy: CallingWindowPolicy,
  now: Temporal.Instant,
): CallingDecision {
  // Every change (window edges, blackout days, DST) falls on a whole minute, so a decision made at
  // the start of a minute holds for the whole minute unless a change falls inside it: such
  // decisions are remembered, as a queue asks the same question for every claim.
  const minuteMs = Math.floor(now.epochMilliseconds / 60_000) * 60_000;
  const key = `${minuteMs}|${JSON.stringify(policy)}|${candidates.map((c) => `${c.source}:${c.timeZone}`).join(',')}`;
  const known = decisionsOfTheMinute.get(key);
  if (known) return known;
  const decision = decideAt(candidates, policy, Temporal.Instant.fromEpochMilliseconds(minuteMs));
  const change = decision.callableUntil ?? decision.opensAt;
  if (change !== null && change.epochMilliseconds < minuteMs + 60_000)
    return decideAt(candidates, policy, now);
  if (decisionsOfTheMinute.size >= 10_000) decisionsOfTheMinute.clear();
  // Shared between callers: frozen, so no caller can change another's decision.
  Object.freeze(decision.reasons);
  Object.freeze(decision.timeZones);
  decisionsOfTheMinute.set(key, Object.freeze(decision));
  return decision;
}

const decisionsOfTheMinute = new Map<string, CallingDecision>();

/** `callingWindowFor` decided afresh at exactly `now`, without the memory of the minute. */
export function decideAt(
  candidates: TimeZoneCandidate[],
  policy: CallingWindowPolicy,
  now: Temporal.Instant,
): CallingDecision {
  const window = parseCallingWindow(policy);
  const considered = considerTimeZones(candidates);
  const nowMs = now.epochMilliseconds;
  const searchUntilMs = nowMs + callingSearchDays * msPerDay;
  const timelines = considered.map((c) =>
    zoneTimeline(c.timeZone, nowMs - msPerDay, searchUntilMs + msPerDay),
  );
  const primary = timelines[0];
  if (primary === undefined) {
    const reasons: CallingBlockReason[] = ['UNKNOWN_TIME_ZONE'];
    return { ...emptyDecision, reasons };
  }
  const reasons = blockReasonsAt(timelines, window, nowMs);
  const callable = reasons.length === 0;
  const changeMs = nextChange(timelines, window, nowMs, searchUntilMs, !callable);
  const change = changeMs === null ? null : Temporal.Instant.fromEpochMilliseconds(changeMs);
  const offsetsNow = new Set(timelines.map((timeline) => offsetAt(timeline, nowMs)));
  return {
    callable,
    reasons,
    timeZones: considered.map((c) => c.timeZone),
    primaryTimeZone: primary.timeZone,
    uncertain: offsetsNow.size > 1 || considered.every((c) => c.source === 'client_default'),
    localTime: formatClock(localMsAt(primary, nowMs)),
    callableUntil: callable ? change : null,
    opensAt: callable ? null : change,
    hours: hoursOn(policy, isoWeekdayOf(dayIndexOf(localMsAt(primary, nowMs)))),
  };
}

const emptyDecision: CallingDecision = {
  callable: false,
  reasons: [],
  timeZones: [],
  primaryTimeZone: null,
  uncertain: true,
  localTime: null,
  callableUntil: null,
  opensAt: null,
  hours: null,
};

function zoneBlockReasons(
  timeline: ZoneTimeline,
  window: ParsedCallingWindow,
  ms: number,
): CallingBlockReason[] {
  const localMs = localMsAt(timeline, ms);
  const day = dayIndexOf(localMs);
  const timeOfDay = localMs - day * msPerDay;
  const reasons: CallingBlockReason[] = [];
  const weekday = isoWeekdayOf(day);
  if (!window.days.has(weekday)) reasons.push('NO_CALLING_DAY');
  if (window.blackoutDays.has(day)) reasons.push('BLACKOUT_DATE');
  const startMs = window.startMsByDay[weekday] ?? window.startMs;
  const endMs = window.endMsByDay[weekday] ?? window.endMs;
  if (timeOfDay < startMs || timeOfDay >= endMs) reasons.push('OUTSIDE_CALLING_WINDOW');
  return reasons;
}

function blockReasonsAt(
  timelines: ZoneTimeline[],
  window: ParsedCallingWindow,
  ms: number,
): CallingBlockReason[] {
  const found = new Set(timelines.flatMap((timeline) => zoneBlockReasons(timeline, window, ms)));
  return callingBlockReasons.filter((reason) => found.has(reason));
}

const isCallableAt = (timelines: ZoneTimeline[], window: ParsedCallingWindow, ms: number): boolean =>
  timelines.every((timeline) => zoneBlockReasons(timeline, window, ms).length === 0);

/**
 * The first instant after `nowMs` (up to `untilMs`) at which callability becomes `wanted`.
 * Callability can only change where some zone's wall clock reaches midnight, the window start or
 * the window end, or where a zone changes offset; between those instants it is constant, so only
 * they are checked.
 */
function nextChange(
  timelines: ZoneTimeline[],
  window: ParsedCallingWindow,
  nowMs: number,
  untilMs: number,
  wanted: boolean,
): number | null {
  const changes = new Set<number>();
  // Every clock time at which some weekday's window opens or closes (usually just two).
  const clocks = [...new Set([0, ...window.startMsByDay.slice(1), ...window.endMsByDay.slice(1)])];
  for (const timeline of timelines) {
    for (const segment of timeline.segments) changes.add(segment.fromMs);
    // From the day before: after a fall-back at midnight yesterday's clock times come round again.
    const lastDay = dayIndexOf(localMsAt(timeline, untilMs));
    for (let day = dayIndexOf(localMsAt(timeline, nowMs)) - 1; day <= lastDay; day++) {
      for (const clock of clocks) {
        for (const ms of instantsAtWallTime(timeline, day * msPerDay + clock)) changes.add(ms);
      }
    }
  }
  const ordered = [...changes].filter((ms) => ms > nowMs && ms <= untilMs).sort((a, b) => a - b);
  return ordered.find((ms) => isCallableAt(timelines, window, ms) === wanted) ?? null;
}

function formatClock(localMs: number): string {
  const minutes = Math.floor((localMs - dayIndexOf(localMs) * msPerDay) / 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
