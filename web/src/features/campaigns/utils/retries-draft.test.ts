import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBlackoutDate,
  findRetriesProblems,
  fromRetriesDraft,
  isSameRetries,
  type RetriesDraft,
  type RetriesProblem,
  retriesFieldPath,
  toggleDay,
  toRetriesDraft,
} from './retries-draft.ts';

const saved = {
  callingWindow: {
    startLocal: '09:00',
    endLocal: '24:00',
    days: [5, 1, 2],
    blackoutDates: ['2026-12-25', '2026-01-01'],
  },
  retryPolicy: {
    gapMinutes: { no_answer: 150, busy: 15, wrong_number: 60 * 24 * 30 },
    maxAttemptsTotal: 8,
    maxAttemptsPerDay: null,
    rotate: true,
    coolOffHours: 48,
  },
};

const saturday = { startLocal: '10:00', endLocal: '16:00' };

const edit = (patch: Partial<RetriesDraft>): RetriesDraft => ({ ...toRetriesDraft(saved), ...patch });

describe('retries drafts', () => {
  it('a saved campaign becomes form fields: gaps in hours and minutes, "no cap" as empty', () => {
    const draft = toRetriesDraft(saved);
    expect(draft.gaps).toEqual({
      no_answer: { hours: '2', minutes: '30' },
      busy: { hours: '0', minutes: '15' },
      voicemail: { hours: '', minutes: '' },
    });
    expect(draft).toMatchObject({
      days: [1, 2, 5],
      blackoutDates: ['2026-01-01', '2026-12-25'],
      maxAttemptsTotal: '8',
      maxAttemptsPerDay: '',
      coolOffHours: '48',
    });
  });

  it('goes back unchanged, keeping the gap of an outcome the form does not show (wrong number)', () => {
    const request = fromRetriesDraft(toRetriesDraft(saved));
    expect(request.retryPolicy).toEqual(saved.retryPolicy);
    expect(request.callingWindow).toEqual({
      ...saved.callingWindow,
      days: [1, 2, 5],
      blackoutDates: ['2026-01-01', '2026-12-25'],
    });
    expect(isSameRetries(toRetriesDraft(saved), saved)).toBe(true);
  });

  it("the manager's edits reach the request: Mon–Fri, a 3-hour no-answer gap, daily cap 2, cool-off 48 h", () => {
    const draft = edit({
      days: [1, 2, 3, 4, 5],
      blackoutDates: addBlackoutDate(['2026-12-25'], '2026-11-26'),
      gaps: { ...toRetriesDraft(saved).gaps, no_answer: { hours: '3', minutes: '' } },
      maxAttemptsPerDay: '2',
      coolOffHours: '48',
    });
    const request = fromRetriesDraft(draft);
    expect(request.callingWindow.days).toEqual([1, 2, 3, 4, 5]);
    expect(request.callingWindow.blackoutDates).toEqual(['2026-11-26', '2026-12-25']);
    expect(request.retryPolicy.gapMinutes.no_answer).toBe(180);
    expect(request.retryPolicy.maxAttemptsPerDay).toBe(2);
    expect(isSameRetries(draft, saved)).toBe(false);
  });

  it.each([
    ['an emptied cap is "no cap" (null), not 0', { maxAttemptsTotal: '' }, 'maxAttemptsTotal', null],
    ['an emptied cool-off is "none" (null)', { coolOffHours: ' ' }, 'coolOffHours', null],
    ['rotation switched off', { rotate: false }, 'rotate', false],
  ] as const)('%s', (_title, patch, key, expected) => {
    expect(fromRetriesDraft(edit(patch)).retryPolicy[key]).toBe(expected);
  });

  it('a gap emptied in both parts is dropped: the outcome has no wait of its own', () => {
    const gaps = { ...toRetriesDraft(saved).gaps, busy: { hours: '', minutes: '' } };
    expect(fromRetriesDraft(edit({ gaps })).retryPolicy.gapMinutes).not.toHaveProperty('busy');
  });

  it('Saturday 10:00–16:00 goes back as the server keys it ("6") and reads back the same', () => {
    const window = { ...saved.callingWindow, days: [1, 2, 3, 4, 5, 6] };
    const short = { ...saved, callingWindow: { ...window, hoursByDay: { '6': saturday } } };
    const request = fromRetriesDraft(toRetriesDraft(short));
    expect(request.callingWindow.hoursByDay).toEqual({ '6': saturday });
    expect(fromRetriesDraft(toRetriesDraft({ ...short, callingWindow: request.callingWindow }))).toEqual(
      request,
    );
    expect(isSameRetries(toRetriesDraft(short), short)).toBe(true);
    expect(isSameRetries(toRetriesDraft({ ...saved, callingWindow: window }), short)).toBe(false);
  });

  it.each([
    ['a weekday unticked drops its other hours', { days: [1, 2, 5] }, undefined],
    [
      'hours equal to the usual window are not sent',
      { hoursByDay: { '6': { startLocal: ' 09:00', endLocal: '24:00 ' } } },
      undefined,
    ],
    [
      'only the day that differs is sent, trimmed',
      {
        hoursByDay: {
          '5': { startLocal: '09:00', endLocal: '24:00' },
          '6': { ...saturday, endLocal: '16:00 ' },
        },
      },
      { '6': saturday },
    ],
  ])('%s', (_title, patch, expected) => {
    const draft = edit({ days: [1, 2, 5, 6], hoursByDay: { '6': saturday }, ...patch });
    expect(fromRetriesDraft(draft).callingWindow.hoursByDay).toEqual(expected);
  });

  it('a campaign saved before cool-off existed reads as none, not as a crash', () => {
    const old = { ...saved, retryPolicy: { ...saved.retryPolicy, coolOffHours: null } };
    expect(toRetriesDraft(old).coolOffHours).toBe('');
  });
});

describe('retries problems', () => {
  const refused: [string, Partial<RetriesDraft>, string, RetriesProblem][] = [
    [
      'an end before the start',
      { startLocal: '21:00', endLocal: '08:00' },
      'callingWindow.endLocal',
      'endBeforeStart',
    ],
    [
      'an end equal to the start (an empty window)',
      { startLocal: '09:00', endLocal: '09:00' },
      'callingWindow.endLocal',
      'endBeforeStart',
    ],
    ['a start at 24:00, allowed only as an end', { startLocal: '24:00' }, 'callingWindow.startLocal', 'time'],
    ['a time without its leading zero', { startLocal: '8:00' }, 'callingWindow.startLocal', 'time'],
    [
      'Saturday ending before it starts',
      { days: [6], hoursByDay: { '6': { startLocal: '16:00', endLocal: '10:00' } } },
      'callingWindow.hoursByDay.6.endLocal',
      'endBeforeStart',
    ],
    [
      'Saturday starting at 24:00',
      { days: [6], hoursByDay: { '6': { startLocal: '24:00', endLocal: '24:00' } } },
      'callingWindow.hoursByDay.6.startLocal',
      'time',
    ],
    [
      'Sunday with minutes past 59',
      { days: [7], hoursByDay: { '7': { startLocal: '10:00', endLocal: '16:75' } } },
      'callingWindow.hoursByDay.7.endLocal',
      'endTime',
    ],
    ['minutes past 59', { endLocal: '20:60' }, 'callingWindow.endLocal', 'endTime'],
    ['no calling day at all', { days: [] }, 'callingWindow.days', 'noDays'],
    ['a total cap of 0', { maxAttemptsTotal: '0' }, 'retryPolicy.maxAttemptsTotal', 'attemptsTotal'],
    ['a daily cap above 20', { maxAttemptsPerDay: '21' }, 'retryPolicy.maxAttemptsPerDay', 'attemptsPerDay'],
    [
      'a daily cap with decimals',
      { maxAttemptsPerDay: '1.5' },
      'retryPolicy.maxAttemptsPerDay',
      'attemptsPerDay',
    ],
    [
      'a cool-off of 0 hours (empty means none)',
      { coolOffHours: '0' },
      'retryPolicy.coolOffHours',
      'coolOff',
    ],
    ['a cool-off over 90 days', { coolOffHours: '2161' }, 'retryPolicy.coolOffHours', 'coolOff'],
  ];
  it.each(refused)('refused: %s', (_title, patch, path, problem) => {
    expect(findRetriesProblems(edit(patch))[path]).toBe(problem);
  });

  it('a gap over 90 days is refused on its outcome', () => {
    const gaps = { ...toRetriesDraft(saved).gaps, voicemail: { hours: '2160', minutes: '1' } };
    expect(findRetriesProblems(edit({ gaps }))).toEqual({ 'retryPolicy.gapMinutes.voicemail': 'gap' });
  });

  it.each([
    ['the saved rules', {}],
    ['a window until midnight (24:00)', { startLocal: '00:00', endLocal: '24:00' }],
    ['every cap empty', { maxAttemptsTotal: '', maxAttemptsPerDay: '', coolOffHours: '' }],
    [
      'Saturday 10:00 until midnight (24:00)',
      { days: [6], hoursByDay: { '6': { ...saturday, endLocal: '24:00' } } },
    ],
    [
      'wrong hours on an unticked day, which are not sent',
      { days: [1], hoursByDay: { '6': { startLocal: '16:00', endLocal: '1' } } },
    ],
    [
      'the largest values the server takes',
      { maxAttemptsTotal: '100', maxAttemptsPerDay: '20', coolOffHours: '2160' },
    ],
  ])('accepted: %s', (_title, patch) => {
    expect(findRetriesProblems(edit(patch))).toEqual({});
  });

  it('any draft without problems round-trips: saved and read back, it is the same form', () => {
    const clock = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const count = fc.option(fc.integer({ min: 0, max: 120 }), { nil: null });
    fc.assert(
      fc.property(
        clock,
        clock,
        fc.subarray([1, 2, 3, 4, 5, 6, 7]),
        fc.option(fc.tuple(clock, clock), { nil: null }),
        count,
        count,
        count,
        (a, b, days, sat, total, daily, hours) => {
          const draft = edit({
            startLocal: a,
            endLocal: b,
            days,
            hoursByDay: sat === null ? {} : { '6': { startLocal: sat[0], endLocal: sat[1] } },
            maxAttemptsTotal: total === null ? '' : String(total),
            maxAttemptsPerDay: daily === null ? '' : String(daily),
            coolOffHours: hours === null ? '' : String(hours),
          });
          if (Object.keys(findRetriesProblems(draft)).length > 0) return;
          const request = fromRetriesDraft(draft);
          const back = toRetriesDraft({
            callingWindow: request.callingWindow,
            retryPolicy: { ...request.retryPolicy },
          });
          expect(fromRetriesDraft(back)).toEqual(request);
        },
      ),
    );
  });
});

describe('blackout dates, weekdays and server paths', () => {
  it('a date is added once and kept in calendar order; a half-typed date is ignored', () => {
    expect(addBlackoutDate(['2026-12-25'], '2026-07-04')).toEqual(['2026-07-04', '2026-12-25']);
    expect(addBlackoutDate(['2026-12-25'], '2026-12-25')).toEqual(['2026-12-25']);
    expect(addBlackoutDate(['2026-12-25'], '2026-12')).toEqual(['2026-12-25']);
  });

  it('weekdays stay Monday first whichever is ticked last', () => {
    expect(toggleDay([3, 1], 2, true)).toEqual([1, 2, 3]);
    expect(toggleDay([1, 2, 3], 2, false)).toEqual([1, 3]);
  });

  it.each([
    ['endLocal', 'callingWindow.endLocal'],
    ['hoursByDay.6.endLocal', 'callingWindow.hoursByDay.6.endLocal'],
    ['callingWindow.hoursByDay.6.startLocal', 'callingWindow.hoursByDay.6.startLocal'],
    ['blackoutDates', 'callingWindow.blackoutDates'],
    ['retryPolicy.maxAttemptsPerDay', 'retryPolicy.maxAttemptsPerDay'],
    [null, null],
  ])('the server\'s "%s" is shown at %s', (path, expected) => {
    expect(retriesFieldPath(path)).toBe(expected);
  });
});
