import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from './build-timeline.ts';
import { attempt, callEvent, sources } from './timeline.test-support.ts';

const start = Temporal.Instant.from('2026-06-01T00:00:00Z').epochMilliseconds;
const instantArb = fc
  .integer({ min: 0, max: 30 * 86_400 })
  .map((s) => Temporal.Instant.fromEpochMilliseconds(start + s * 1000));

describe('buildTimeline properties', () => {
  it('whatever the order of the rows, each call and note appears once, newest first, the same way every time', () => {
    fc.assert(
      fc.property(
        fc.array(instantArb, { maxLength: 12 }),
        fc.array(instantArb, { maxLength: 12 }),
        (callTimes, noteTimes) => {
          const attempts = callTimes.map((t, i) => attempt(i + 1, t.toString()));
          const events = callTimes.map((t, i) => callEvent(i + 1, i + 1, t.toString(), 'new', 'attempting'));
          const notes = noteTimes.map((t, i) => ({
            id: i + 1,
            text: `n${i}`,
            authorName: 'Sam',
            createdAt: t,
          }));
          const items = buildTimeline(sources({ attempts, events, notes }));
          const reversed = buildTimeline(
            sources({
              attempts: [...attempts].reverse(),
              events: [...events].reverse(),
              notes: [...notes].reverse(),
            }),
          );
          expect(items.map((i) => i.id)).toEqual(reversed.map((i) => i.id));
          expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
          expect(items).toHaveLength(callTimes.length + noteTimes.length + 1);
          for (let i = 1; i < items.length; i++) {
            const [newer, older] = [items[i - 1], items[i]];
            if (newer && older)
              expect(Temporal.Instant.compare(newer.at, older.at)).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});
