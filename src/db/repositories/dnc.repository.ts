import type { Kysely, Selectable, Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { DncEntry, DncFlagging, DncList, DncScope } from '../../core/dnc/dnc.ts';
import type { DncStore, DncWriter, NewDncEntries } from '../../core/dnc/dnc-store.ts';
import type { AppDatabase, DialectName } from '../create-database.ts';
import { lockForUpdate } from '../dialect.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database, DncEntriesTable, DncListsTable } from '../schema.ts';

/** Rows per insert and numbers per `in (…)`: well under both dialects' bound-parameter limits. */
const chunkSize = 500;

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);

const listRowToList = (r: Selectable<DncListsTable>): DncList => ({
  id: r.id,
  organizationId: r.organization_id,
  clientId: r.client_id,
  source: r.source,
  listDate: r.list_date,
  fileName: r.file_name,
  entryCount: r.entry_count,
  createdAt: instant(r.created_at),
});

const entryRowToEntry = (r: Selectable<DncEntriesTable>): DncEntry => ({
  id: r.id,
  organizationId: r.organization_id,
  clientId: r.client_id,
  phone: r.phone,
  source: r.source,
  listId: r.dnc_list_id,
  createdAt: instant(r.created_at),
});

function* chunksOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Do-not-call lists and entries, and the leads they close, on either dialect. */
export function createDncStore(database: AppDatabase): DncStore {
  const { db, dialect } = database;
  return {
    transaction: (work) => db.transaction().execute((trx) => work(createDncWriter(trx, dialect))),

    async listsFor(organizationId, clientId) {
      const rows = await db
        .selectFrom('dnc_lists')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where((eb) => eb.or([eb('client_id', 'is', null), eb('client_id', '=', clientId)]))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(listRowToList);
    },

    async entriesFor(organizationId, clientId, phone) {
      const rows = await db
        .selectFrom('dnc_entries')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where((eb) => eb.or([eb('client_id', 'is', null), eb('client_id', '=', clientId)]))
        .where('phone', '=', phone)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(entryRowToEntry);
    },

    clientCountries: async (organizationId, clientId) =>
      (await clientsInScope(db, { organizationId, clientId })).map((c) => c.country),
  };
}

const clientsInScope = (db: Db, scope: DncScope) => {
  let query = db
    .selectFrom('clients')
    .select(['id', 'country'])
    .where('organization_id', '=', scope.organizationId);
  if (scope.clientId !== null) query = query.where('id', '=', scope.clientId);
  return query.execute();
};

const entryValues = (e: NewDncEntries, phone: string) => ({
  organization_id: e.scope.organizationId,
  client_id: e.scope.clientId,
  phone,
  source: e.source,
  created_by_user_id: e.createdByUserId,
  created_at: e.now.epochMilliseconds,
  dnc_list_id: e.listId,
});

function createDncWriter(trx: Transaction<Database>, dialect: DialectName): DncWriter {
  return {
    async insertList(list) {
      const row = await trx
        .insertInto('dnc_lists')
        .values({
          organization_id: list.scope.organizationId,
          client_id: list.scope.clientId,
          source: list.source,
          list_date: list.listDate,
          file_name: list.fileName,
          entry_count: 0,
          created_by_user_id: list.createdByUserId,
          created_at: list.now.epochMilliseconds,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return listRowToList(row);
    },

    async setEntryCount(listId, entryCount) {
      const row = await trx
        .updateTable('dnc_lists')
        .set({ entry_count: entryCount })
        .where('id', '=', listId)
        .returningAll()
        .executeTakeFirstOrThrow();
      return listRowToList(row);
    },

    async insertEntries(entries, phones) {
      for (const chunk of chunksOf(phones, chunkSize)) {
        await trx
          .insertInto('dnc_entries')
          .values(chunk.map((phone) => entryValues(entries, phone)))
          .execute();
      }
    },

    async insertEntry(entry, phone) {
      const row = await trx
        .insertInto('dnc_entries')
        .values(entryValues(entry, phone))
        .returningAll()
        .executeTakeFirstOrThrow();
      return entryRowToEntry(row);
    },

    async findEntry(scope, phone) {
      const row = await trx
        .selectFrom('dnc_entries')
        .selectAll()
        .where('organization_id', '=', scope.organizationId)
        .where((eb) =>
          scope.clientId === null ? eb('client_id', 'is', null) : eb('client_id', '=', scope.clientId),
        )
        .where('phone', '=', phone)
        .orderBy('id')
        .executeTakeFirst();
      return row && entryRowToEntry(row);
    },

    flagLeads: (scope, phones, flagging) => flagListedLeads(trx, dialect, scope, phones, flagging),
  };
}

interface ListedLead {
  id: number;
  client_id: number;
  status: string;
  /** The number of the lead found on the list. */
  phone: string;
}

/**
 * Closes the leads in scope that carry a listed number: first by primary phone, an indexed
 * lookup per chunk of numbers; then the few leads with more than one number, scanned page by
 * page and matched on their other numbers.
 */
async function flagListedLeads(
  trx: Transaction<Database>,
  dialect: DialectName,
  scope: DncScope,
  phones: ReadonlySet<string>,
  flagging: DncFlagging,
): Promise<number> {
  const clientIds = (await clientsInScope(trx, scope)).map((c) => c.id);
  if (clientIds.length === 0 || phones.size === 0) return 0;
  const open = () => trx.selectFrom('leads').where('client_id', 'in', clientIds).where('status', '!=', 'dnc');
  let flagged = 0;
  for (const chunk of chunksOf(phones, chunkSize)) {
    const query = open().select(['id', 'client_id', 'status', 'phone']).where('phone', 'in', chunk);
    flagged += await flag(trx, await lockForUpdate(dialect, query).orderBy('id').execute(), flagging);
  }
  // Phones are stored as a JSON array of { e164, … }: two "e164" keys mean a second number.
  for (let after = 0; ; ) {
    const page = await lockForUpdate(
      dialect,
      open()
        .select(['id', 'client_id', 'status', 'phones'])
        .where('phones', 'like', '%"e164"%"e164"%')
        .where('id', '>', after)
        .orderBy('id')
        .limit(chunkSize),
    ).execute();
    const listed = page.flatMap((row) => {
      const numbers = parseJson<{ e164?: string }[]>(row.phones, []);
      const phone = numbers.find((p) => p.e164 !== undefined && phones.has(p.e164))?.e164;
      return phone ? [{ id: row.id, client_id: row.client_id, status: row.status, phone }] : [];
    });
    flagged += await flag(trx, listed, flagging);
    const last = page.at(-1);
    if (!last || page.length < chunkSize) break;
    after = last.id;
  }
  return flagged;
}

/** Status 'dnc', no lease, no pending callback, and an event saying who, when and from which list. */
async function flag(
  trx: Transaction<Database>,
  leads: readonly ListedLead[],
  flagging: DncFlagging,
): Promise<number> {
  const now = flagging.now.epochMilliseconds;
  for (const chunk of chunksOf(leads, chunkSize)) {
    const ids = chunk.map((l) => l.id);
    await trx
      .updateTable('leads')
      .set({ status: 'dnc', lease_user_id: null, lease_expires_at: null, updated_at: now })
      .where('id', 'in', ids)
      .execute();
    await trx
      .updateTable('callbacks')
      .set({ status: 'done' })
      .where('lead_id', 'in', ids)
      .where('status', '=', 'pending')
      .execute();
    await trx
      .insertInto('lead_events')
      .values(
        chunk.map((l) => ({
          client_id: l.client_id,
          lead_id: l.id,
          actor_user_id: flagging.actorUserId,
          type: 'dnc_listed',
          from_status: l.status,
          to_status: 'dnc',
          reason: flagging.source,
          data: toJson({ phone: l.phone, dncListId: flagging.listId }),
          created_at: now,
        })),
      )
      .execute();
  }
  return leads.length;
}
