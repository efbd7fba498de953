import { describe, expect, it } from 'vitest';
import { isoWeekdayOfDate, nextOpenDate } from './day-weeks.ts';

const horizon = (from: string, count: number, closed: string[] = []) =>
  Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.parse(`${from}T12:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    return { date, slots: closed.includes(date) ? 0 : 4 };
  });

describe('isoWeekdayOfDate', () => {
  it('names Monday 1 and Sunday 7, whatever the zone of the machine', () => {
    expect(isoWeekdayOfDate('2026-12-07')).toBe(1);
    expect(isoWeekdayOfDate('2026-12-09')).toBe(3);
    expect(isoWeekdayOfDate('2026-12-13')).toBe(7);
  });
});

describe('nextOpenDate', () => {
  const days = horizon('2026-12-07', 22, ['2026-12-12', '2026-12-13', '2026-12-28']);
  it('jumps over a closed weekend both ways', () => {
    expect(nextOpenDate(days, '2026-12-11', 1)).toBe('2026-12-14');
    expect(nextOpenDate(days, '2026-12-14', -1)).toBe('2026-12-11');
  });
  it('stays put at either end of the horizon', () => {
    expect(nextOpenDate(days, '2026-12-27', 1)).toBe('2026-12-27');
    expect(nextOpenDate(days, '2026-12-07', -1)).toBe('2026-12-07');
  });
});
