import { Temporal } from 'temporal-polyfill';
import { attemptIdOf } from './attempt-items.ts';
import type { CallbackEntry, LeadEventEntry, TimelineItem } from './timeline.ts';

/** Events after which no callback of the lead is pending: a logged call, a booking, a do-not-call listing. */
const closesCallbacks = (event: LeadEventEntry): boolean =>
  attemptIdOf(event) !== null || event.type === 'appointment_set' || event.type === 'dnc_listed';

/**
 * The event that closed a callback: a callback records only its status, and every call, booking
 * and do-not-call listing closes the lead's pending callbacks, so it is the first of those logged
 * after the callback was promised (the call that promised it is logged at the same instant, not after).
 *
 * @example
 * closingEvent(callbackPromisedAt9, [callAt9, callAt11, callAt12]) // callAt11
 */
export function closingEvent(
  callback: Pick<CallbackEntry, 'createdAt'>,
  events: readonly LeadEventEntry[],
): LeadEventEntry | undefined {
  let first: LeadEventEntry | undefined;
  for (const event of events) {
    if (!closesCallbacks(event) || Temporal.Instant.compare(event.createdAt, callback.createdAt) <= 0)
      continue;
    if (!first || Temporal.Instant.compare(event.createdAt, first.createdAt) < 0) first = event;
  }
  return first;
}

/** A promised callback, and when it was done or cancelled (with who did it), where that is known. */
export function callbackItems(callback: CallbackEntry, events: readonly LeadEventEntry[]): TimelineItem[] {
  const promise = {
    dueAt: callback.dueAt.toString(),
    ownerName: callback.ownerName,
    forAnyone: callback.ownerName === null,
    status: callback.status,
    note: callback.note,
  };
  const items: TimelineItem[] = [
    {
      id: `callback:${callback.id}`,
      kind: 'callback',
      at: callback.createdAt,
      actorName: callback.createdByName,
      title: `Callback promised for ${callback.ownerName ?? 'anyone on the team'}`,
      detail: callback.note,
      data: { action: 'created', callbackId: callback.id, ...promise },
    },
  ];
  if (callback.status !== 'done' && callback.status !== 'cancelled') return items;
  const closer = closingEvent(callback, events);
  if (!closer) return items;
  items.push({
    id: `callback:${callback.id}:${callback.status}`,
    kind: 'callback',
    at: closer.createdAt,
    actorName: closer.actorName,
    title: callback.status === 'done' ? 'Callback done' : 'Callback cancelled',
    detail: null,
    data: { action: callback.status, callbackId: callback.id, ...promise },
  });
  return items;
}
