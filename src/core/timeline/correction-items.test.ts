import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from './build-timeline.ts';
import { correctionItem, correctionTitle } from './correction-items.ts';
import { at, origin } from './timeline.test-support.ts';
import type { CorrectionEntry } from './timeline.ts';

const entry = (overrides: Partial<CorrectionEntry> = {}): CorrectionEntry => ({
  id: 4,
  subject: 'attempt',
  subjectId: 12,
  action: 'undo',
  reason: 'pressed 2',
  before: { disposition: 'busy', outcomeLabel: null },
  after: { undone: true },
  fromStatus: 'attempting',
  toStatus: 'new',
  actorName: 'Sam Setter',
  createdAt: at('2026-06-02T14:00:30Z'),
  ...overrides,
});

describe('correction items', () => {
  it.each([
    [entry(), 'Correction: call undone (busy)'],
    [
      entry({
        action: 'edit',
        before: { disposition: 'no_answer' },
        after: { outcomeLabel: 'Not interested' },
      }),
      'Correction: call no answer → Not interested',
    ],
    [
      entry({
        subject: 'appointment',
        action: 'status',
        before: { status: 'no_show', outcome: null },
        after: { status: 'held', outcome: { result: 'won' } },
      }),
      'Correction: appointment no show → held, won',
    ],
    [entry({ subject: 'dnc', action: 'lift', subjectId: null }), 'Correction: do-not-call lifted'],
  ])('%# reads “%s”', (correction, title) => {
    expect(correctionTitle(correction)).toBe(title);
  });

  it('keeps before, after, who and why in the item', () => {
    expect(correctionItem(entry())).toMatchObject({
      id: 'correction:4',
      kind: 'correction',
      actorName: 'Sam Setter',
      detail: 'pressed 2',
      data: { action: 'undo', before: { disposition: 'busy' }, after: { undone: true }, toStatus: 'new' },
    });
  });

  it('the correction events are told by the correction, not again as status changes', () => {
    const items = buildTimeline({
      origin: origin(),
      attempts: [],
      objections: [],
      events: [
        {
          id: 90,
          type: 'call_undone',
          fromStatus: 'attempting',
          toStatus: 'new',
          reason: 'pressed 2',
          actorName: 'Sam Setter',
          data: { attemptId: 12, correctionId: 4 },
          createdAt: at('2026-06-02T14:00:30Z'),
        },
      ],
      notes: [],
      qualifications: [],
      callbacks: [],
      appointments: [],
      corrections: [entry()],
    });
    expect(items.map((i) => i.kind)).toEqual(['correction', 'created']);
    expect(
      Temporal.Instant.compare(items[0]?.at ?? at('2000-01-01T00:00:00Z'), at('2026-06-02T14:00:30Z')),
    ).toBe(0);
  });
});
