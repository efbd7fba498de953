import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import { type MarketingSourceKind, marketingSourceKinds } from '../../contracts/marketing-sources.ts';
import type {
  MarketingSourceInput,
  MarketingSourcesPort,
} from '../../core/marketing-sources/manage-marketing-sources.ts';
import type { MarketingSource } from '../../core/marketing-sources/marketing-source.ts';
import type { Database, MarketingSourcesTable } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

const isKind = (value: string): value is MarketingSourceKind =>
  (marketingSourceKinds as readonly string[]).includes(value);

const toSource = (r: Selectable<MarketingSourcesTable>): MarketingSource => ({
  id: r.id,
  clientId: r.client_id,
  code: r.code,
  label: r.label,
  kind: isKind(r.kind) ? r.kind : 'other',
  active: r.active === 1,
});

const columns = (input: MarketingSourceInput & { codeKey: string }) => ({
  code: input.code,
  code_key: input.codeKey,
  label: input.label,
  kind: input.kind,
  active: input.active ? 1 : 0,
});

export type MarketingSourcesRepository = MarketingSourcesPort & {
  /** The source the lead first named, or null. */
  sourceOfLead(leadId: number): Promise<{ id: number; code: string; label: string } | null>;
};

export function createMarketingSourcesRepository(db: Db): MarketingSourcesRepository {
  return {
    async listSources(clientId) {
      const rows = await db
        .selectFrom('marketing_sources')
        .selectAll()
        .where('client_id', '=', clientId)
        .execute();
      return rows.map(toSource);
    },

    async findSource(id) {
      const row = await db
        .selectFrom('marketing_sources')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toSource(row) : undefined;
    },

    async insertSource(clientId, input, now: Temporal.Instant) {
      const client = await db
        .selectFrom('clients')
        .select('organization_id')
        .where('id', '=', clientId)
        .executeTakeFirstOrThrow();
      const row = await db
        .insertInto('marketing_sources')
        .values({
          organization_id: client.organization_id,
          client_id: clientId,
          ...columns(input),
          created_at: now.epochMilliseconds,
          updated_at: now.epochMilliseconds,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateSource(id, input, now) {
      await db
        .updateTable('marketing_sources')
        .set({ ...columns(input), updated_at: now.epochMilliseconds })
        .where('id', '=', id)
        .execute();
    },

    async sourceOfLead(leadId) {
      const row = await db
        .selectFrom('leads')
        .innerJoin('marketing_sources as s', 's.id', 'leads.marketing_source_id')
        .select(['s.id', 's.code', 's.label'])
        .where('leads.id', '=', leadId)
        .executeTakeFirst();
      return row ?? null;
    },
  };
}
