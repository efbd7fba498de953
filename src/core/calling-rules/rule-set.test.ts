import { describe, expect, it } from 'vitest';
import { type CallingRuleSet, validateCallingRuleSet } from './rule-set.ts';
import { usStateCallingRules } from './us-state-rules.ts';

const florida = {
  state: 'FL',
  effectiveFrom: '2021-07-01',
  hours: [{ days: [1, 2, 3, 4, 5, 6, 7], startLocal: '08:00', endLocal: '20:00' }],
  maxCallsPer24h: 3,
  source: 'Fla. Stat. § 501.616(6)',
};
const setOf = (...rules: unknown[]) => ({ version: '2026.12', publishedAt: '2026-12-01', rules });

const issuesOf = (input: unknown): string[] => {
  const result = validateCallingRuleSet(input);
  return result.ok ? [] : result.error.issues;
};

describe('validateCallingRuleSet', () => {
  it('accepts the shipped rule set unchanged', () => {
    const result = validateCallingRuleSet(usStateCallingRules);
    expect(result).toEqual({ ok: true, value: usStateCallingRules });
  });

  it('accepts federal holidays mixed with dates, open-ended hours to 24:00 and a rule with only a cap', () => {
    const rule = {
      state: 'LA',
      effectiveFrom: '2026-01-01',
      noCallDates: ['federal-holidays', '2026-02-17'],
      source: 'x',
    };
    const late = { ...florida, state: 'TX', hours: [{ days: [7], startLocal: '12:00', endLocal: '24:00' }] };
    const capOnly = { state: 'OK', effectiveFrom: '2022-11-01', maxCallsPer24h: 3, source: 'x' };
    expect(issuesOf(setOf(rule, late, capOnly))).toEqual([]);
  });

  it.each([
    [
      'a time without its leading zero',
      { ...florida, hours: [{ days: [1], startLocal: '8:00', endLocal: '20:00' }] },
      'rule 1 (FL from 2021-07-01) hours[0].startLocal: must be a time HH:MM (00:00–23:59)',
    ],
    [
      'hours that end before they start',
      { ...florida, hours: [{ days: [1], startLocal: '20:00', endLocal: '08:00' }] },
      'rule 1 (FL from 2021-07-01) hours[0].endLocal: must be later than startLocal',
    ],
    [
      'weekday 0',
      { ...florida, hours: [{ days: [0], startLocal: '08:00', endLocal: '20:00' }] },
      'rule 1 (FL from 2021-07-01) hours[0].days[0]: weekdays are 1 (Monday) to 7 (Sunday)',
    ],
    [
      'a weekday with hours twice',
      {
        ...florida,
        hours: [
          { days: [1, 7], startLocal: '08:00', endLocal: '20:00' },
          { days: [7], startLocal: '12:00', endLocal: '20:00' },
        ],
      },
      'rule 1 (FL from 2021-07-01) hours[1].days: weekday 7 has hours twice',
    ],
    [
      '30 February',
      { ...florida, effectiveFrom: '2021-02-30' },
      'rule 1 (FL from 2021-02-30) effectiveFrom: must be a calendar date YYYY-MM-DD',
    ],
    [
      'an end before the start',
      { ...florida, effectiveUntil: '2020-12-31' },
      'rule 1 (FL from 2021-07-01) effectiveUntil: must not be before effectiveFrom',
    ],
    [
      'a cap of zero',
      { ...florida, maxCallsPer24h: 0 },
      'rule 1 (FL from 2021-07-01) maxCallsPer24h: must be at least 1',
    ],
    [
      'no source',
      { ...florida, source: ' ' },
      'rule 1 (FL from 2021-07-01) source: must name the statute or regulation',
    ],
    [
      'an unknown state',
      { ...florida, state: 'ON' },
      'rule 1 (ON from 2021-07-01) state: must be a USPS code of a state, DC or territory',
    ],
    [
      'a holiday token misspelt',
      { ...florida, noCallDates: ['federal holidays'] },
      'rule 1 (FL from 2021-07-01) noCallDates[0]: must be a calendar date YYYY-MM-DD',
    ],
  ])('names the rule and the field: %s', (_title, rule, issue) => {
    expect(issuesOf(setOf(rule))).toContain(issue);
  });

  it('refuses two rules of one state in force on the same date, naming both', () => {
    const amended = { ...florida, effectiveFrom: '2023-01-01' };
    expect(issuesOf(setOf(florida, amended))).toEqual([
      'rule 2 (FL from 2023-01-01) effectiveFrom: overlaps rule 1 of FL; end one with effectiveUntil',
    ]);
    expect(issuesOf(setOf({ ...florida, effectiveUntil: '2022-12-31' }, amended))).toEqual([]);
  });

  it('reports problems of the set itself and sums them up in one message', () => {
    const result = validateCallingRuleSet({ version: '', publishedAt: '2026-13-01', rules: 'none' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_RULE_SET');
    expect(result.error.issues).toHaveLength(3);
    expect(result.error.issues[0]).toBe('version: must not be empty');
    expect(result.error.message).toContain('publishedAt: must be a calendar date YYYY-MM-DD');
  });

  it('the parsed set is typed as a CallingRuleSet', () => {
    const result = validateCallingRuleSet(setOf(florida));
    const set: CallingRuleSet | null = result.ok ? result.value : null;
    expect(set?.rules[0]?.state).toBe('FL');
  });
});
