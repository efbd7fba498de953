import type { AttemptEntry, AttemptObjectionEntry, LeadEventEntry, TimelineItem } from './timeline.ts';
import { callResultLabel, dispositionLabel, durationLabel, joinDetail } from './timeline-labels.ts';

/** The attempt an event records, when its data names one (every logged call writes such an event). */
export function attemptIdOf(event: LeadEventEntry): number | null {
  const id = event.data.attemptId;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}

/**
 * What the call came to, most specific first: the client's outcome, else the system call result,
 * else (calls logged before dispositions had two levels) the single-level disposition.
 *
 * @example
 * attemptResultText({ outcomeLabel: 'Not interested', callResult: 'contact_made', disposition: 'not_interested' })
 * // 'Not interested'
 */
export function attemptResultText(
  attempt: Pick<AttemptEntry, 'outcomeLabel' | 'callResult' | 'disposition'>,
): string {
  if (attempt.outcomeLabel) return attempt.outcomeLabel;
  if (attempt.callResult) return callResultLabel(attempt.callResult);
  return dispositionLabel(attempt.disposition);
}

/** "Call: no answer", "Inbound call: Appointment booked (3 min 10 s)". */
export function attemptTitle(attempt: AttemptEntry): string {
  const call = attempt.direction === 'inbound' ? 'Inbound call' : 'Call';
  const duration = attempt.durationSeconds > 0 ? ` (${durationLabel(attempt.durationSeconds)})` : '';
  return `${call}: ${attemptResultText(attempt)}${duration}`;
}

function objectionLines(objections: readonly AttemptObjectionEntry[]): string | null {
  if (objections.length === 0) return null;
  return `Objections: ${objections
    .map((o) => (o.responseText ? `${o.title} → ${o.responseText}` : o.title))
    .join('; ')}`;
}

/**
 * One item per call, with the status change its event recorded, the objections raised and the
 * response used, and the script version in front of the setter.
 */
export function attemptItem(
  attempt: AttemptEntry,
  objections: readonly AttemptObjectionEntry[],
  event: LeadEventEntry | undefined,
): TimelineItem {
  return {
    id: `attempt:${attempt.id}`,
    kind: 'attempt',
    at: attempt.startedAt,
    actorName: attempt.setterName,
    title: attemptTitle(attempt),
    detail: joinDetail([
      attempt.reasonLabel ?? attempt.reason,
      attempt.reasonText,
      attempt.notes,
      objectionLines(objections),
    ]),
    data: {
      attemptId: attempt.id,
      direction: attempt.direction,
      callResult: attempt.callResult,
      disposition: attempt.disposition,
      outcomeKey: attempt.outcomeKey,
      outcomeLabel: attempt.outcomeLabel,
      reason: attempt.reasonLabel ?? attempt.reason,
      reasonText: attempt.reasonText,
      notes: attempt.notes,
      durationSeconds: attempt.durationSeconds,
      objections: objections.map((o) => ({
        objectionId: o.objectionId,
        title: o.title,
        responseId: o.responseId,
        response: o.responseText,
      })),
      campaignName: attempt.campaignName,
      scriptName: attempt.scriptName,
      scriptVersion: attempt.scriptVersion,
      personalVariant: attempt.scriptVariantId !== null,
      fromStatus: event?.fromStatus ?? null,
      toStatus: event?.toStatus ?? null,
    },
  };
}

/** The items of every call; `linkedEventIds` are the events these items already tell. */
export function attemptItems(
  attempts: readonly AttemptEntry[],
  objections: readonly AttemptObjectionEntry[],
  events: readonly LeadEventEntry[],
): { items: TimelineItem[]; linkedEventIds: Set<number> } {
  const eventByAttempt = new Map<number, LeadEventEntry>();
  for (const event of events) {
    const attemptId = attemptIdOf(event);
    // A correction names the call too, but the call's own event is the one that logged it.
    if (event.type === 'call_undone' || event.type === 'call_corrected') continue;
    if (attemptId !== null && !eventByAttempt.has(attemptId)) eventByAttempt.set(attemptId, event);
  }
  const objectionsByAttempt = new Map<number, AttemptObjectionEntry[]>();
  for (const objection of objections) {
    const list = objectionsByAttempt.get(objection.attemptId) ?? [];
    list.push(objection);
    objectionsByAttempt.set(objection.attemptId, list);
  }
  const linkedEventIds = new Set<number>();
  const items = attempts.map((attempt) => {
    const event = eventByAttempt.get(attempt.id);
    if (event) linkedEventIds.add(event.id);
    return attemptItem(attempt, objectionsByAttempt.get(attempt.id) ?? [], event);
  });
  return { items, linkedEventIds };
}
