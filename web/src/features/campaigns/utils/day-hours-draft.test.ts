import { describe, expect, it } from 'vitest';
import { clockMinutes, findHoursProblems, listOtherHours, toggleOtherHours } from './day-hours-draft.ts';

const window = {
  startLocal: '08:00',
  endLocal: '21:00',
  days: [6, 1, 7],
  hoursByDay: {
    '6': { startLocal: '10:00', endLocal: '16:00' },
    '7': { startLocal: '08:00', endLocal: '21:00' },
    '3': { startLocal: '12:00', endLocal: '18:00' },
  },
};

describe('other hours on chosen weekdays', () => {
  it('count only on ticked days (not Wednesday) and only when they differ (not Sunday)', () => {
    expect(listOtherHours(window)).toEqual([{ day: 6, hours: { startLocal: '10:00', endLocal: '16:00' } }]);
  });

  it('switched on, a day starts from the usual window; switched off, its hours are gone', () => {
    const on = toggleOtherHours({ ...window, startLocal: ' 09:00 ' }, 1, true);
    expect(on['1']).toEqual({ startLocal: '09:00', endLocal: '21:00' });
    const off = toggleOtherHours(window, 6, false);
    expect(off).not.toHaveProperty('6');
    expect(off).toHaveProperty('3');
  });

  it.each([
    ['10:00', '16:00', {}],
    ['00:00', '24:00', {}],
    ['16:00', '16:00', { endLocal: 'endBeforeStart' }],
    ['24:00', '24:00', { startLocal: 'time' }],
    ['10:00', '4pm', { endLocal: 'endTime' }],
    ['', '', { startLocal: 'time', endLocal: 'endTime' }],
  ])('%s–%s: %j', (startLocal, endLocal, expected) => {
    expect(findHoursProblems({ startLocal, endLocal })).toEqual(expected);
  });

  it('24:00 is midnight only as an end', () => {
    expect(clockMinutes('24:00', true)).toBe(1440);
    expect(clockMinutes('24:00')).toBeNull();
  });
});
