import type { CampaignDto, UpdateCampaignRequest } from '../../../../../src/contracts/campaigns.ts';
import {
  findHoursProblems,
  type HoursByDay,
  type HoursProblem,
  hoursByDayToSend,
  weekdayKey,
} from './day-hours-draft.ts';

type RetryPolicyDto = CampaignDto['retryPolicy'];
type GapMinutes = RetryPolicyDto['gapMinutes'];

/** The unanswered outcomes a manager tunes here; gaps of other outcomes are kept as saved. */
export const gapOutcomes = ['no_answer', 'busy', 'voicemail'] as const;
export type GapOutcome = (typeof gapOutcomes)[number];

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** The bounds the server holds the retry policy to (src/contracts/campaigns.ts). */
export const retryLimits = {
  maxGapMinutes: 60 * 24 * 90,
  maxAttemptsTotal: 100,
  maxAttemptsPerDay: 20,
  maxCoolOffHours: 24 * 90,
} as const;

/** Hours and minutes as typed; both empty means the outcome has no gap of its own. */
export interface GapDraft {
  hours: string;
  minutes: string;
}

/** The calling window and retry rules as the form holds them: numbers as typed, '' for "none". */
export interface RetriesDraft {
  startLocal: string;
  endLocal: string;
  days: number[];
  blackoutDates: string[];
  /** Other hours of some weekdays as typed; kept while a day is unticked, but not sent. */
  hoursByDay: HoursByDay;
  gaps: Record<GapOutcome, GapDraft>;
  /** Gaps of outcomes not shown in the form, sent back unchanged. */
  otherGaps: GapMinutes;
  maxAttemptsTotal: string;
  maxAttemptsPerDay: string;
  rotate: boolean;
  coolOffHours: string;
}

/** What can be wrong with one field; the screen words it in the user's language. */
export type RetriesProblem = HoursProblem | 'noDays' | 'gap' | 'attemptsTotal' | 'attemptsPerDay' | 'coolOff';

type RetriesRules = Pick<CampaignDto, 'callingWindow' | 'retryPolicy'>;
type RetriesRequest = Required<Pick<UpdateCampaignRequest, 'callingWindow' | 'retryPolicy'>>;

const numberText = (value: number | null | undefined): string => (value == null ? '' : String(value));

const gapDraftOf = (minutes: number | undefined): GapDraft =>
  minutes === undefined
    ? { hours: '', minutes: '' }
    : { hours: String(Math.floor(minutes / 60)), minutes: String(minutes % 60) };

/** A campaign's saved window and retry policy as form fields. */
export function toRetriesDraft({ callingWindow, retryPolicy }: RetriesRules): RetriesDraft {
  const shown: ReadonlySet<string> = new Set(gapOutcomes);
  const otherGaps: GapMinutes = Object.fromEntries(
    Object.entries(retryPolicy.gapMinutes).filter(([outcome]) => !shown.has(outcome)),
  );
  return {
    startLocal: callingWindow.startLocal,
    endLocal: callingWindow.endLocal,
    days: [...new Set(callingWindow.days)].sort((a, b) => a - b),
    blackoutDates: [...new Set(callingWindow.blackoutDates)].sort(),
    hoursByDay: { ...callingWindow.hoursByDay },
    gaps: {
      no_answer: gapDraftOf(retryPolicy.gapMinutes.no_answer),
      busy: gapDraftOf(retryPolicy.gapMinutes.busy),
      voicemail: gapDraftOf(retryPolicy.gapMinutes.voicemail),
    },
    otherGaps,
    maxAttemptsTotal: numberText(retryPolicy.maxAttemptsTotal),
    maxAttemptsPerDay: numberText(retryPolicy.maxAttemptsPerDay),
    rotate: retryPolicy.rotate,
    coolOffHours: numberText(retryPolicy.coolOffHours),
  };
}

/** A whole number as typed, null when empty, NaN when it is not one. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Minutes of a gap draft; undefined when both parts are empty (the outcome keeps no gap). */
export function gapMinutesOf(gap: GapDraft): number | undefined {
  const hours = parseWholeNumber(gap.hours);
  const minutes = parseWholeNumber(gap.minutes);
  if (hours === null && minutes === null) return undefined;
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The form as the PATCH body takes it. Call after `findRetriesProblems` found none. */
export function fromRetriesDraft(draft: RetriesDraft): RetriesRequest {
  const gapMinutes: GapMinutes = { ...draft.otherGaps };
  for (const outcome of gapOutcomes) {
    const minutes = gapMinutesOf(draft.gaps[outcome]);
    if (minutes !== undefined) gapMinutes[outcome] = minutes;
  }
  const hoursByDay = hoursByDayToSend(draft);
  return {
    callingWindow: {
      startLocal: draft.startLocal.trim(),
      endLocal: draft.endLocal.trim(),
      days: [...new Set(draft.days)].sort((a, b) => a - b),
      blackoutDates: [...new Set(draft.blackoutDates)].sort(),
      ...(hoursByDay ? { hoursByDay } : {}),
    },
    retryPolicy: {
      gapMinutes,
      maxAttemptsTotal: parseWholeNumber(draft.maxAttemptsTotal),
      maxAttemptsPerDay: parseWholeNumber(draft.maxAttemptsPerDay),
      rotate: draft.rotate,
      coolOffHours: parseWholeNumber(draft.coolOffHours),
    },
  };
}

/** True when the form says the same as the saved rules: nothing to save. */
export function isSameRetries(draft: RetriesDraft, saved: RetriesRules): boolean {
  const canonical = (request: RetriesRequest) => {
    const gaps = Object.entries(request.retryPolicy.gapMinutes).sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify({ ...request, retryPolicy: { ...request.retryPolicy, gapMinutes: gaps } });
  };
  return canonical(fromRetriesDraft(draft)) === canonical(fromRetriesDraft(toRetriesDraft(saved)));
}

const inRange = (value: number | null, min: number, max: number, optional: boolean): boolean =>
  value === null ? optional : Number.isInteger(value) && value >= min && value <= max;

/** The window's problems: its hours, its days, each calling day's other hours. */
function findWindowProblems(draft: RetriesDraft): Record<string, RetriesProblem> {
  const problems: Record<string, RetriesProblem> = {};
  for (const [field, problem] of Object.entries(findHoursProblems(draft))) {
    problems[`callingWindow.${field}`] = problem;
  }
  if (draft.days.length === 0) problems['callingWindow.days'] = 'noDays';
  // An unticked day's hours are not sent, so they cannot be wrong.
  for (const day of draft.days) {
    const key = weekdayKey(day);
    const hours = key === undefined ? undefined : draft.hoursByDay[key];
    if (!hours) continue;
    for (const [field, problem] of Object.entries(findHoursProblems(hours))) {
      problems[`callingWindow.hoursByDay.${key}.${field}`] = problem;
    }
  }
  return problems;
}

/**
 * The problems the server would refuse (and a window that could never open), found before saving,
 * keyed by the paths the server names ('callingWindow.endLocal', 'retryPolicy.gapMinutes.busy').
 */
export function findRetriesProblems(draft: RetriesDraft): Record<string, RetriesProblem> {
  const problems = findWindowProblems(draft);
  for (const outcome of gapOutcomes) {
    const gap = draft.gaps[outcome];
    const parts = [parseWholeNumber(gap.hours), parseWholeNumber(gap.minutes)];
    const minutes = gapMinutesOf(gap);
    if (parts.some(Number.isNaN) || (minutes !== undefined && minutes > retryLimits.maxGapMinutes)) {
      problems[`retryPolicy.gapMinutes.${outcome}`] = 'gap';
    }
  }
  const { maxAttemptsTotal, maxAttemptsPerDay, maxCoolOffHours } = retryLimits;
  if (!inRange(parseWholeNumber(draft.maxAttemptsTotal), 1, maxAttemptsTotal, true))
    problems['retryPolicy.maxAttemptsTotal'] = 'attemptsTotal';
  if (!inRange(parseWholeNumber(draft.maxAttemptsPerDay), 1, maxAttemptsPerDay, true))
    problems['retryPolicy.maxAttemptsPerDay'] = 'attemptsPerDay';
  if (!inRange(parseWholeNumber(draft.coolOffHours), 1, maxCoolOffHours, true))
    problems['retryPolicy.coolOffHours'] = 'coolOff';
  return problems;
}

/** The dates with `date` added once, in calendar order; unchanged when it is not 'YYYY-MM-DD'. */
export function addBlackoutDate(dates: readonly string[], date: string): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [...dates];
  return [...new Set([...dates, date])].sort();
}

/** The days with `day` ticked or unticked, Monday first. */
export function toggleDay(days: readonly number[], day: number, on: boolean): number[] {
  const rest = days.filter((d) => d !== day);
  return (on ? [...rest, day] : rest).sort((a, b) => a - b);
}

/**
 * A server field path as this form keys it. The calling-window rule names its fields bare
 * ('endLocal', 'blackoutDates'); the request schema names them under 'callingWindow'.
 */
export function retriesFieldPath(path: string | null): string | null {
  if (path === null) return null;
  return /^(startLocal|endLocal|days|blackoutDates|hoursByDay)\b/.test(path) ? `callingWindow.${path}` : path;
}
