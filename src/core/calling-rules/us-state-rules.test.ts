import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { validateCallingRuleSet } from './rule-set.ts';
import { federalHolidays, usStateCallingRules } from './us-state-rules.ts';

describe('federalHolidays', () => {
  it('2026: July 4 on a Saturday is observed Friday 3 July', () => {
    expect(federalHolidays(2026).map((h) => [h.name, h.date, h.observed])).toEqual([
      ["New Year's Day", '2026-01-01', '2026-01-01'],
      ['Birthday of Martin Luther King, Jr.', '2026-01-19', '2026-01-19'],
      ["Washington's Birthday", '2026-02-16', '2026-02-16'],
      ['Memorial Day', '2026-05-25', '2026-05-25'],
      ['Juneteenth National Independence Day', '2026-06-19', '2026-06-19'],
      ['Independence Day', '2026-07-04', '2026-07-03'],
      ['Labor Day', '2026-09-07', '2026-09-07'],
      ['Columbus Day', '2026-10-12', '2026-10-12'],
      ['Veterans Day', '2026-11-11', '2026-11-11'],
      ['Thanksgiving Day', '2026-11-26', '2026-11-26'],
      ['Christmas Day', '2026-12-25', '2026-12-25'],
    ]);
  });

  it.each([
    [2027, 'Independence Day', '2027-07-04', '2027-07-05'],
    [2027, 'Christmas Day', '2027-12-25', '2027-12-24'],
    [2022, "New Year's Day", '2022-01-01', '2021-12-31'],
    [2021, 'Juneteenth National Independence Day', '2021-06-19', '2021-06-18'],
    [2023, 'Veterans Day', '2023-11-11', '2023-11-10'],
    [2028, 'Memorial Day', '2028-05-29', '2028-05-29'],
    [2024, 'Thanksgiving Day', '2024-11-28', '2024-11-28'],
  ])('%i %s: %s, observed %s', (year, name, date, observed) => {
    expect(federalHolidays(year).find((h) => h.name === name)).toEqual({ name, date, observed });
  });

  it('Juneteenth counts from 2021 only', () => {
    expect(federalHolidays(2020).map((h) => h.name)).not.toContain('Juneteenth National Independence Day');
    expect(federalHolidays(2020)).toHaveLength(10);
  });

  it('every year between 1971 and 2100: Monday holidays fall on Mondays, Thanksgiving on the fourth Thursday, observed dates on weekdays', () => {
    for (let year = 1971; year <= 2100; year++) {
      for (const holiday of federalHolidays(year)) {
        const weekday = Temporal.PlainDate.from(holiday.observed).dayOfWeek;
        expect(weekday, `${year} ${holiday.name}`).toBeLessThanOrEqual(5);
        if (holiday.name.endsWith('Day') && /Labor|Memorial|Columbus/.test(holiday.name)) {
          expect(weekday, `${year} ${holiday.name}`).toBe(1);
        }
      }
      const thanksgiving = federalHolidays(year).find((h) => h.name === 'Thanksgiving Day')?.date ?? '';
      expect(Number(thanksgiving.slice(8))).toBeGreaterThanOrEqual(22);
      expect(Number(thanksgiving.slice(8))).toBeLessThanOrEqual(28);
    }
  });

  it('refuses a year it cannot compute', () => {
    expect(() => federalHolidays(2026.5)).toThrow(/not a supported year/);
  });
});

describe('usStateCallingRules', () => {
  it('is a valid rule set', () => {
    expect(validateCallingRuleSet(usStateCallingRules).ok).toBe(true);
  });

  it('every rule names its source and the date it applies from', () => {
    for (const rule of usStateCallingRules.rules) {
      expect(rule.source.length, rule.state).toBeGreaterThan(10);
      expect(rule.effectiveFrom, rule.state).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('ships the states whose rules were checked against their statutes', () => {
    expect(usStateCallingRules.rules.map((rule) => rule.state).sort()).toEqual([
      'AL',
      'FL',
      'LA',
      'MD',
      'MS',
      'OK',
      'TX',
    ]);
  });
});
