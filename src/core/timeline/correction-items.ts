import type { CorrectionEntry, TimelineItem } from './timeline.ts';
import { dispositionLabel, statusLabel } from './timeline-labels.ts';

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** What a call said, in a few words: the client's outcome, else the disposition. */
function callText(call: Record<string, unknown>): string {
  return text(call.outcomeLabel) ?? dispositionLabel(text(call.disposition) ?? '');
}

function appointmentText(state: Record<string, unknown>): string {
  const outcome = state.outcome as { result?: unknown } | null | undefined;
  const status = statusLabel(text(state.status) ?? '');
  return outcome && typeof outcome.result === 'string' ? `${status}, ${outcome.result}` : status;
}

/**
 * "Correction: call undone (Busy)", "Correction: call No answer → Wrong number",
 * "Correction: appointment No show → Held", "Correction: do-not-call lifted".
 */
export function correctionTitle(
  entry: Pick<CorrectionEntry, 'subject' | 'action' | 'before' | 'after'>,
): string {
  if (entry.subject === 'attempt' && entry.action === 'undo')
    return `Correction: call undone (${callText(entry.before)})`;
  if (entry.subject === 'attempt')
    return `Correction: call ${callText(entry.before)} → ${callText(entry.after)}`;
  if (entry.subject === 'appointment')
    return `Correction: appointment ${appointmentText(entry.before)} → ${appointmentText(entry.after)}`;
  return 'Correction: do-not-call lifted';
}

/** One correction on the lead's timeline: before and after, who, when and why. */
export function correctionItem(entry: CorrectionEntry): TimelineItem {
  return {
    id: `correction:${entry.id}`,
    kind: 'correction',
    at: entry.createdAt,
    actorName: entry.actorName,
    title: correctionTitle(entry),
    detail: entry.reason || null,
    data: {
      correctionId: entry.id,
      subject: entry.subject,
      subjectId: entry.subjectId,
      action: entry.action,
      reason: entry.reason,
      before: entry.before,
      after: entry.after,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
    },
  };
}
