import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import { type KnowledgeKind, knowledgeKinds } from '../../contracts/objections.ts';
import type { ObjectionInput, ObjectionsPort } from '../../core/objections/manage-objections.ts';
import type { AttemptObjection, Objection, ObjectionResponse } from '../../core/objections/objection.ts';
import type { ObjectionCount, ResponseCount } from '../../core/objections/objection-stats.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database, ObjectionsTable } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

const objectionRowToObjection = (r: Selectable<ObjectionsTable>): Objection => ({
  id: r.id,
  clientId: r.client_id,
  kind: isKnowledgeKind(r.kind) ? r.kind : 'objection',
  title: r.title,
  keywords: parseJson<string[]>(r.keywords, []),
  responses: parseJson<ObjectionResponse[]>(r.responses, []),
  position: r.position,
  active: r.active === 1,
});

const isKnowledgeKind = (value: string): value is KnowledgeKind =>
  (knowledgeKinds as readonly string[]).includes(value);

const objectionColumns = (input: ObjectionInput) => ({
  kind: input.kind ?? 'objection',
  title: input.title,
  keywords: toJson(input.keywords),
  responses: toJson(input.responses),
  active: input.active ? 1 : 0,
});

/** Records the objections of one call (inside the call's transaction). */
export async function insertAttemptObjections(
  db: Db,
  entry: {
    clientId: number;
    leadId: number;
    attemptId: number;
    objections: readonly AttemptObjection[];
    now: Temporal.Instant;
  },
): Promise<void> {
  if (entry.objections.length === 0) return;
  await db
    .insertInto('attempt_objections')
    .values(
      entry.objections.map((o) => ({
        client_id: entry.clientId,
        attempt_id: entry.attemptId,
        lead_id: entry.leadId,
        objection_id: o.objectionId,
        response_id: o.responseId,
        created_at: entry.now.epochMilliseconds,
      })),
    )
    .execute();
}

/** Adds objections at the end of a client's library (the demo seed and new clients). */
export async function insertObjections(
  db: Db,
  clientId: number,
  objections: readonly ObjectionInput[],
  now: Temporal.Instant,
): Promise<number[]> {
  const last = await db
    .selectFrom('objections')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  const start = last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1;
  const ids: number[] = [];
  for (const [index, input] of objections.entries()) {
    const row = await db
      .insertInto('objections')
      .values({
        client_id: clientId,
        ...objectionColumns(input),
        position: input.position ?? start + index,
        created_at: now.epochMilliseconds,
        updated_at: now.epochMilliseconds,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

export function createObjectionsRepository(db: Kysely<Database>) {
  return {
    async listObjections(clientId: number, includeRetired: boolean): Promise<Objection[]> {
      let query = db.selectFrom('objections').selectAll().where('client_id', '=', clientId);
      if (!includeRetired) query = query.where('active', '=', 1);
      const rows = await query.orderBy('position').orderBy('id').execute();
      return rows.map(objectionRowToObjection);
    },

    async findObjection(id: number): Promise<Objection | undefined> {
      const row = await db.selectFrom('objections').selectAll().where('id', '=', id).executeTakeFirst();
      return row && objectionRowToObjection(row);
    },

    async findObjections(ids: readonly number[]): Promise<Objection[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('objections')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute();
      return rows.map(objectionRowToObjection);
    },

    async insertObjection(clientId: number, input: ObjectionInput, now: Temporal.Instant): Promise<number> {
      const [id] = await insertObjections(db, clientId, [input], now);
      if (id === undefined) throw new Error('The objection was not inserted');
      return id;
    },

    async updateObjection(id: number, input: ObjectionInput, now: Temporal.Instant): Promise<void> {
      await db
        .updateTable('objections')
        .set({
          ...objectionColumns(input),
          ...(input.position === null ? {} : { position: input.position }),
          updated_at: now.epochMilliseconds,
        })
        .where('id', '=', id)
        .execute();
    },

    async retireObjection(id: number, now: Temporal.Instant): Promise<void> {
      await db
        .updateTable('objections')
        .set({ active: 0, updated_at: now.epochMilliseconds })
        .where('id', '=', id)
        .execute();
    },

    /** Per objection and per response used, over the client's calls started in [from, to). */
    async objectionCounts(clientId: number, from: Temporal.Instant, to: Temporal.Instant) {
      const base = db
        .selectFrom('attempt_objections as ao')
        .innerJoin('call_attempts as ca', 'ca.id', 'ao.attempt_id')
        .where('ao.client_id', '=', clientId)
        .where('ca.started_at', '>=', from.epochMilliseconds)
        .where('ca.started_at', '<', to.epochMilliseconds)
        .where('ca.undone_at', 'is', null);
      const booked = sql<number>`case when ca.disposition = 'appointment_set' then ao.attempt_id end`;
      const [perObjection, perResponse] = await Promise.all([
        base
          .select((eb) => [
            'ao.objection_id',
            eb.fn.count<number>('ao.attempt_id').distinct().as('calls'),
            eb.fn.count<number>(booked).distinct().as('appointments'),
          ])
          .groupBy('ao.objection_id')
          .execute(),
        base
          .select((eb) => [
            'ao.objection_id',
            'ao.response_id',
            eb.fn.count<number>('ao.attempt_id').distinct().as('calls'),
            eb.fn.count<number>(booked).distinct().as('appointments'),
          ])
          .groupBy(['ao.objection_id', 'ao.response_id'])
          .execute(),
      ]);
      return {
        perObjection: perObjection.map(
          (r): ObjectionCount => ({
            objectionId: r.objection_id,
            calls: Number(r.calls),
            appointments: Number(r.appointments),
          }),
        ),
        perResponse: perResponse.map(
          (r): ResponseCount => ({
            objectionId: r.objection_id,
            responseId: r.response_id,
            calls: Number(r.calls),
            appointments: Number(r.appointments),
          }),
        ),
      };
    },
  } satisfies ObjectionsPort & Record<string, unknown>;
}

export type ObjectionsRepository = ReturnType<typeof createObjectionsRepository>;
