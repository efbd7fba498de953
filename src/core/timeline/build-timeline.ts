import { Temporal } from 'temporal-polyfill';
import type { TimelineKind } from '../../contracts/timeline.ts';
import { appointmentsToldByEvents, bookedAppointmentItem } from './appointment-items.ts';
import { attemptItems } from './attempt-items.ts';
import { callbackItems } from './callback-items.ts';
import { correctionItem } from './correction-items.ts';
import { eventItems, leadCreatedEventType } from './event-items.ts';
import type {
  LeadEventEntry,
  LeadOriginEntry,
  NoteEntry,
  QualificationEntry,
  TimelineItem,
  TimelineSources,
} from './timeline.ts';
import { joinDetail } from './timeline-labels.ts';

/** Lists filled by many people over time: their creator is not the creator of each lead. */
const sharedListSources = ['inbound', 'web', 'api'];

function originTitle(origin: LeadOriginEntry): string {
  switch (origin.listSource) {
    case 'inbound':
      return 'Lead created from an inbound call';
    case 'web':
      return 'Lead created from a web form';
    case 'api':
      return 'Lead created through the API';
    default:
      return origin.listName ? `Lead imported in the list “${origin.listName}”` : 'Lead created';
  }
}

/** How the lead came in; who created it is the person an inbound lead was taken by, else the list's creator. */
export function createdItem(origin: LeadOriginEntry, events: readonly LeadEventEntry[]): TimelineItem {
  const creation = events.find((e) => e.type === leadCreatedEventType);
  const shared = origin.listSource !== null && sharedListSources.includes(origin.listSource);
  return {
    id: `lead:${origin.leadId}`,
    kind: 'created',
    at: creation?.createdAt ?? origin.createdAt,
    actorName: creation ? creation.actorName : shared ? null : origin.listCreatorName,
    title: originTitle(origin),
    detail: `Source: ${origin.source}`,
    data: {
      source: origin.source,
      listId: origin.listId,
      listName: origin.listName,
      listSource: origin.listSource,
      hot: origin.hot,
    },
  };
}

export function noteItem(note: NoteEntry): TimelineItem {
  return {
    id: `note:${note.id}`,
    kind: 'note',
    at: note.createdAt,
    actorName: note.authorName,
    title: 'Note',
    detail: note.text,
    data: { noteId: note.id, text: note.text },
  };
}

export function qualificationItem(q: QualificationEntry): TimelineItem {
  return {
    id: `qualification:${q.id}`,
    kind: 'qualification',
    at: q.createdAt,
    actorName: q.setterName,
    title: `${q.qualified ? 'Qualified' : 'Not qualified'} (score ${q.score})`,
    detail: joinDetail([
      q.interest ? `Interest: ${q.interest}` : null,
      q.questionsAsked ? `Questions asked: ${q.questionsAsked}` : null,
    ]),
    data: {
      qualificationId: q.id,
      attemptId: q.attemptId,
      formName: q.formName,
      score: q.score,
      qualified: q.qualified,
      interest: q.interest,
      questionsAsked: q.questionsAsked,
      answerCount: q.answerCount,
    },
  };
}

// Within one instant, the order things happen in: the call, then what it recorded.
const sequence: Record<TimelineKind, number> = {
  created: 0,
  attempt: 1,
  qualification: 2,
  note: 3,
  callback: 4,
  appointment: 5,
  status_change: 6,
  do_not_call: 7,
  event: 8,
  correction: 9,
};

const sourceRowId = (item: TimelineItem): number => Number(item.id.split(':')[1] ?? 0);

/** Newest first; within one instant the later step first, then the later row. */
export function compareNewestFirst(a: TimelineItem, b: TimelineItem): number {
  return (
    Temporal.Instant.compare(b.at, a.at) ||
    sequence[b.kind] - sequence[a.kind] ||
    sourceRowId(b) - sourceRowId(a) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/**
 * Everything that happened to a lead, newest first: each call (result, outcome, reason, notes,
 * duration, objections with the response used, script version), qualifications, notes, callbacks
 * (promised, done, cancelled), appointments (booked, rescheduled, confirmed, held, no-show,
 * cancelled, sale outcome), do-not-call, other status changes and its creation — each with who and when.
 *
 * @example
 * buildTimeline(sources).map((i) => i.title)
 * // ['Do not call: the prospect asked in a call', 'Call: Do not call', 'Note', 'Lead imported in the list “May leads”']
 */
export function buildTimeline(sources: TimelineSources): TimelineItem[] {
  const { items: calls, linkedEventIds } = attemptItems(sources.attempts, sources.objections, sources.events);
  const appointments = new Map(sources.appointments.map((a) => [a.id, a]));
  const told = appointmentsToldByEvents(sources.events);
  return [
    createdItem(sources.origin, sources.events),
    ...calls,
    ...eventItems(sources.events, linkedEventIds, appointments),
    ...sources.notes.map(noteItem),
    ...sources.qualifications.map(qualificationItem),
    ...sources.callbacks.flatMap((c) => callbackItems(c, sources.events)),
    ...sources.appointments.filter((a) => !told.has(a.id)).map(bookedAppointmentItem),
    ...(sources.corrections ?? []).map(correctionItem),
  ].sort(compareNewestFirst);
}
