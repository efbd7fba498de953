import { describe, expect, it } from 'vitest';
import { byWeekday, intervalsProblem, intervalsText, weeklyHoursProblems } from './intervals.ts';

const span = (startLocal: string, endLocal: string) => ({ startLocal, endLocal });

describe('intervalsProblem', () => {
  it.each([
    ['a morning and an afternoon are fine', [span('09:00', '12:00'), span('13:00', '17:00')], null],
    ['touching intervals are fine (no break)', [span('09:00', '12:00'), span('12:00', '17:00')], null],
    ['an interval ending at 24:00 is fine', [span('18:00', '24:00')], null],
    ['an interval that ends before it starts', [span('17:00', '09:00')], 'order'],
    ['an empty interval (start = end)', [span('09:00', '09:00')], 'order'],
    ['overlap, even when typed out of order', [span('13:00', '17:00'), span('09:00', '13:30')], 'overlap'],
    ['a cleared time field', [span('', '17:00')], 'missing'],
    ['no interval at all is a day off, not a problem', [], null],
  ] as const)('%s', (_title, intervals, expected) => {
    expect(intervalsProblem(intervals)).toBe(expected);
  });
});

describe('weekly hours', () => {
  const hours = [
    { weekday: 1, ...span('13:00', '17:00') },
    { weekday: 1, ...span('09:00', '12:00') },
    { weekday: 3, ...span('10:00', '09:00') },
  ];

  it('groups by ISO weekday, Monday to Sunday, each day in clock order', () => {
    const days = byWeekday(hours);
    expect([...days.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(intervalsText(days.get(1) ?? [])).toBe('09:00–12:00, 13:00–17:00');
    expect(days.get(2)).toEqual([]);
  });

  it('names the weekdays that are wrong', () => {
    expect([...weeklyHoursProblems(hours)]).toEqual([[3, 'order']]);
  });
});
