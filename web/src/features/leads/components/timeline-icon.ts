import type { TimelineKind } from '../../../../../src/contracts/timeline.ts';

/** One symbol and color per kind of timeline item, the same on every screen that lists them. */
export const timelineIcons: Record<TimelineKind, { symbol: string; color: string }> = {
  created: { symbol: '✚', color: 'gray' },
  attempt: { symbol: '☎', color: 'blue' },
  status_change: { symbol: '⇄', color: 'cyan' },
  note: { symbol: '✎', color: 'violet' },
  qualification: { symbol: '✓', color: 'teal' },
  callback: { symbol: '↻', color: 'yellow' },
  appointment: { symbol: '▣', color: 'green' },
  do_not_call: { symbol: '⛔', color: 'red' },
  correction: { symbol: '↺', color: 'orange' },
  event: { symbol: '•', color: 'gray' },
};
