import { Temporal } from 'temporal-polyfill';
import { AppError } from '../shared/app-error.ts';
import type { CallingHours, CallingRuleSet } from './rule-set.ts';

/*
 * The state calling rules SetterDesk ships: every number of them lives here, as data. Each rule
 * restates a statute or regulation named in `source`; an `effectiveFrom` that is not the law's
 * own start date says so in `note`. Where a law is narrower than the rule (automated calls only,
 * an exemption that may cover appointment setting) the rule keeps the stricter reading and the
 * note says why, so an administrator can relax it in an edited set. Not legal advice.
 */

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const mondayToSaturday = [1, 2, 3, 4, 5, 6];
const eightToEight = (days: number[]): CallingHours[] => [{ days, startLocal: '08:00', endLocal: '20:00' }];

export const usStateCallingRules: CallingRuleSet = {
  version: '2026.11',
  publishedAt: '2026-11-27',
  rules: [
    {
      state: 'FL',
      effectiveFrom: '2021-07-01',
      hours: eightToEight(everyDay),
      maxCallsPer24h: 3,
      source:
        'Fla. Stat. § 501.616(6)(a)–(b) (Florida Telemarketing Act), as amended by ch. 2021-185, Laws of Fla. (CS/SB 1120, 2021)',
      note: 'No call before 8 a.m. or after 8 p.m. at the called person’s location; at most three calls in 24 hours on the same matter. A call to a Florida area code is presumed to reach a person in Florida (§ 501.059(8)(d)).',
    },
    {
      state: 'OK',
      effectiveFrom: '2022-11-01',
      hours: eightToEight(everyDay),
      maxCallsPer24h: 3,
      source: 'Telephone Solicitation Act of 2022, 15 O.S. § 775C.1 et seq. (HB 3168, 2022)',
      note: 'At most three calls in 24 hours on the same matter. § 775C.5(3) exempts a caller who makes no sales presentation and completes the sale at a later face-to-face meeting; the rule applies anyway (stricter reading).',
    },
    {
      state: 'MD',
      effectiveFrom: '2024-01-01',
      hours: eightToEight(everyDay),
      maxCallsPer24h: 3,
      source: 'Stop the Spam Calls Act of 2023, Md. Code, Com. Law § 14-4501 et seq. (SB 90, 2023)',
      note: 'Calls between 8 a.m. and 8 p.m. in the called party’s zone; at most three calls in 24 hours on the same subject.',
    },
    {
      state: 'TX',
      effectiveFrom: '2009-04-01',
      hours: [
        { days: mondayToSaturday, startLocal: '09:00', endLocal: '21:00' },
        { days: [7], startLocal: '12:00', endLocal: '21:00' },
      ],
      source: 'Tex. Bus. & Com. Code § 301.051 (Telephone Solicitation Practices)',
      note: 'Weekdays and Saturday 9 a.m.–9 p.m., Sunday noon–9 p.m. effectiveFrom is the start of Chapter 301 as recodified by Acts 2007, ch. 885 (HB 2278); the hours are older.',
    },
    {
      state: 'LA',
      effectiveFrom: '2024-09-24',
      hours: eightToEight(mondayToSaturday),
      noCallDates: 'federal-holidays',
      source:
        'La. R.S. 45:844.11 et seq. (Telephone Solicitation Relief Act of 2001); LPSC Do Not Call Program General Order R-29617',
      note: 'No calls on Sunday or holidays. The Commission names its own holiday list (it adds e.g. Mardi Gras and Good Friday, and the governor may declare more): add those as dates next to federal-holidays. A declared state of emergency bans calls outright and is not modelled. effectiveFrom is the date of the Commission notice confirming the order in force, not its adoption date.',
    },
    {
      state: 'MS',
      effectiveFrom: '2024-06-03',
      hours: eightToEight(mondayToSaturday),
      source: 'Miss. Code Ann. § 77-3-723(1) (Mississippi Telephone Solicitation Act)',
      note: 'Calls 8 a.m.–8 p.m., none on Sunday. The statute says Central Standard Time and is read as local time (all of Mississippi keeps America/Chicago). Legal holidays are no longer banned since the Public Service Commission repealed its rules after HB 1225 (2023). effectiveFrom is the date that reading was confirmed, not the 2003 enactment.',
    },
    {
      state: 'AL',
      effectiveFrom: '2024-11-27',
      hours: eightToEight(mondayToSaturday),
      noCallDates: 'federal-holidays',
      source: 'Ala. Admin. Code r. 770-X-5-.17(1)(b) (Alabama Public Service Commission telephone rules)',
      note: 'No solicitation calls on Sundays or holidays, 8 a.m.–8 p.m. otherwise. The rule is written for automated solicitation calls; it is applied to every call (stricter reading). Alabama’s legal holidays (Ala. Code § 1-3-8) add days to the federal list; add them as dates. effectiveFrom is the register date the rule text was read as current, not its adoption date.',
    },
  ],
};

/** A US federal holiday (5 U.S.C. § 6103) in one year. */
export interface FederalHoliday {
  name: string;
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'YYYY-MM-DD': a Saturday holiday is observed the Friday before, a Sunday one the Monday after. */
  observed: string;
}

/**
 * The federal holidays of `year`, with the dates they are observed. New Year's Day on a Saturday
 * is observed on 31 December of the year before. Juneteenth counts from 2021, the year it became
 * a federal holiday.
 *
 * @example
 * federalHolidays(2027).find((h) => h.name === 'Christmas Day')
 * // { name: 'Christmas Day', date: '2027-12-25', observed: '2027-12-24' }
 */
export function federalHolidays(year: number): FederalHoliday[] {
  if (!Number.isInteger(year) || year < 1971 || year > 9998) {
    throw new AppError('VALIDATION', { message: `${year} is not a supported year`, field: 'year' });
  }
  const fixed = (month: number, day: number) => Temporal.PlainDate.from({ year, month, day });
  const days: [string, Temporal.PlainDate][] = [
    ["New Year's Day", fixed(1, 1)],
    ['Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, 1, 3)],
    ["Washington's Birthday", nthWeekday(year, 2, 1, 3)],
    ['Memorial Day', lastWeekday(year, 5, 1)],
    ['Juneteenth National Independence Day', fixed(6, 19)],
    ['Independence Day', fixed(7, 4)],
    ['Labor Day', nthWeekday(year, 9, 1, 1)],
    ['Columbus Day', nthWeekday(year, 10, 1, 2)],
    ['Veterans Day', fixed(11, 11)],
    ['Thanksgiving Day', nthWeekday(year, 11, 4, 4)],
    ['Christmas Day', fixed(12, 25)],
  ];
  return days
    .filter(([name]) => year >= 2021 || !name.startsWith('Juneteenth'))
    .map(([name, date]) => ({ name, date: date.toString(), observed: observedDate(date).toString() }));
}

/** The `n`th ISO `weekday` (1 = Monday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Temporal.PlainDate {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  return first.add({ days: ((weekday - first.dayOfWeek + 7) % 7) + 7 * (n - 1) });
}

/** The last ISO `weekday` of a month. */
function lastWeekday(year: number, month: number, weekday: number): Temporal.PlainDate {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  const last = first.add({ days: first.daysInMonth - 1 });
  return last.subtract({ days: (last.dayOfWeek - weekday + 7) % 7 });
}

function observedDate(date: Temporal.PlainDate): Temporal.PlainDate {
  if (date.dayOfWeek === 6) return date.subtract({ days: 1 });
  if (date.dayOfWeek === 7) return date.add({ days: 1 });
  return date;
}
