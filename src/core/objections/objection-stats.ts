import { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { Objection } from './objection.ts';

/** In how many calls of the period an objection came up, and how many of them set an appointment. */
export interface ObjectionCount {
  objectionId: number;
  calls: number;
  appointments: number;
}

/** The same for one response to the objection (null: none of the prepared ones was used). */
export interface ResponseCount extends ObjectionCount {
  responseId: string | null;
}

export interface ObjectionStatsPort {
  clientTimeZone(clientId: number): Promise<string | undefined>;
  listObjections(clientId: number, includeRetired: boolean): Promise<Objection[]>;
  /** Counts per objection and per objection and response used, over calls started in [from, to). */
  objectionCounts(
    clientId: number,
    from: Temporal.Instant,
    to: Temporal.Instant,
  ): Promise<{ perObjection: ObjectionCount[]; perResponse: ResponseCount[] }>;
}

export interface ObjectionStats {
  from: Temporal.PlainDate;
  to: Temporal.PlainDate;
  items: {
    objectionId: number;
    title: string;
    raised: number;
    appointments: number;
    responses: { responseId: string | null; used: number; appointments: number }[];
  }[];
}

/**
 * Objection counts of the calls in a period of local dates of the client's time zone (both days
 * included; default the last 30 days), for managers: every active objection, and retired ones
 * that came up; most raised first, then in library order.
 */
export async function objectionStats(
  port: ObjectionStatsPort,
  actor: Actor,
  clientId: number,
  period: { from: Temporal.PlainDate | null; to: Temporal.PlainDate | null },
  now: Temporal.Instant,
): Promise<ObjectionStats> {
  requireClientAccess(actor, clientId, 'Client');
  requireRole(actor, ['manager', 'admin']);
  const timeZone = await port.clientTimeZone(clientId);
  if (!timeZone) throw notFound('Client');
  const to = period.to ?? now.toZonedDateTimeISO(timeZone).toPlainDate();
  const from = period.from ?? to.subtract({ days: 29 });
  if (Temporal.PlainDate.compare(from, to) > 0)
    throw new AppError('VALIDATION', { message: 'from must not be after to', field: 'from' });
  if (from.until(to).days > 366)
    throw new AppError('VALIDATION', { message: 'Choose at most a year', field: 'from' });
  const [objections, counts] = await Promise.all([
    port.listObjections(clientId, true),
    port.objectionCounts(
      clientId,
      from.toZonedDateTime({ timeZone }).toInstant(),
      to.add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant(),
    ),
  ]);
  return { from, to, items: combineObjectionCounts(objections, counts.perObjection, counts.perResponse) };
}

/** The stats rows of the library, from the counts per objection and per response. */
export function combineObjectionCounts(
  objections: readonly Objection[],
  perObjection: readonly ObjectionCount[],
  perResponse: readonly ResponseCount[],
): ObjectionStats['items'] {
  const totals = new Map(perObjection.map((c) => [c.objectionId, c]));
  return [...objections]
    .filter((o) => o.active || totals.has(o.id))
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((o) => ({
      objectionId: o.id,
      title: o.title,
      raised: totals.get(o.id)?.calls ?? 0,
      appointments: totals.get(o.id)?.appointments ?? 0,
      responses: perResponse
        .filter((c) => c.objectionId === o.id)
        .map((c) => ({ responseId: c.responseId, used: c.calls, appointments: c.appointments }))
        .sort((a, b) => b.used - a.used),
    }))
    .sort((a, b) => b.raised - a.raised);
}
