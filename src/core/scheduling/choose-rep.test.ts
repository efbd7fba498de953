import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { chooseRep, type RepLoad } from './choose-rep.ts';

const at = (iso: string) => Temporal.Instant.from(iso);

describe('chooseRep', () => {
  it.each<{ name: string; repIds: number[]; load: [number, RepLoad][]; expected: number }>([
    {
      name: 'the fewest bookings wins',
      repIds: [1, 2, 3],
      load: [
        [1, { bookedCount: 3, lastBookedAt: null }],
        [2, { bookedCount: 1, lastBookedAt: at('2026-06-01T10:00:00Z') }],
        [3, { bookedCount: 2, lastBookedAt: null }],
      ],
      expected: 2,
    },
    {
      name: 'bookings count relative to weight: 4 bookings at weight 2 beat 3 at weight 1',
      repIds: [1, 2],
      load: [
        [1, { bookedCount: 3, lastBookedAt: null }],
        [2, { bookedCount: 4, lastBookedAt: null, weight: 2 }],
      ],
      expected: 2,
    },
    {
      name: 'a tie goes to the never-booked rep',
      repIds: [1, 2],
      load: [
        [1, { bookedCount: 2, lastBookedAt: at('2026-06-01T10:00:00Z') }],
        [2, { bookedCount: 2, lastBookedAt: null }],
      ],
      expected: 2,
    },
    {
      name: 'a tie goes to the least recently booked rep',
      repIds: [1, 2, 3],
      load: [
        [1, { bookedCount: 2, lastBookedAt: at('2026-06-03T10:00:00Z') }],
        [2, { bookedCount: 2, lastBookedAt: at('2026-06-01T10:00:00Z') }],
        [3, { bookedCount: 2, lastBookedAt: at('2026-06-02T10:00:00Z') }],
      ],
      expected: 2,
    },
    {
      name: 'a full tie goes to the lowest id, whatever the input order',
      repIds: [9, 4, 7],
      load: [],
      expected: 4,
    },
    {
      name: 'a rep missing from the load map has no bookings',
      repIds: [1, 2],
      load: [[1, { bookedCount: 1, lastBookedAt: null }]],
      expected: 2,
    },
    {
      name: 'a zero-weight rep is chosen only when alone with others of zero weight',
      repIds: [1, 2],
      load: [
        [1, { bookedCount: 0, lastBookedAt: null, weight: 0 }],
        [2, { bookedCount: 50, lastBookedAt: at('2026-06-03T10:00:00Z') }],
      ],
      expected: 2,
    },
    {
      name: 'among zero-weight reps the usual tie-breaks apply',
      repIds: [1, 2],
      load: [
        [1, { bookedCount: 0, lastBookedAt: at('2026-06-03T10:00:00Z'), weight: 0 }],
        [2, { bookedCount: 5, lastBookedAt: null, weight: 0 }],
      ],
      expected: 2,
    },
  ])('$name', ({ repIds, load, expected }) => {
    expect(chooseRep(repIds, new Map(load))).toBe(expected);
  });

  it('throws VALIDATION when there is no rep', () => {
    expect(() => chooseRep([], new Map())).toThrow(AppError);
  });

  it('spreads bookings evenly over repeated choices, in proportion to weight', () => {
    const load = new Map<number, RepLoad>([
      [1, { bookedCount: 0, lastBookedAt: null, weight: 1 }],
      [2, { bookedCount: 0, lastBookedAt: null, weight: 2 }],
      [3, { bookedCount: 0, lastBookedAt: null, weight: 1 }],
    ]);
    let clock = at('2026-06-01T00:00:00Z');
    for (let i = 0; i < 40; i++) {
      const chosen = chooseRep([1, 2, 3], load);
      const current = load.get(chosen) ?? { bookedCount: 0, lastBookedAt: null };
      load.set(chosen, { ...current, bookedCount: current.bookedCount + 1, lastBookedAt: clock });
      clock = clock.add({ minutes: 1 });
    }
    expect([1, 2, 3].map((id) => load.get(id)?.bookedCount)).toEqual([10, 20, 10]);
  });
});
