import type { Kysely } from 'kysely';
import type { Client } from '../../core/clients/client.ts';
import type { Database } from '../schema.ts';
import { organizationLocale } from './organizations.repository.ts';
import { seedDefaultOutcomes } from './outcomes.repository.ts';

type ClientRow = Database['clients'];
const clientRowToClient = (row: Omit<ClientRow, 'id'> & { id: number }): Client => ({
  id: row.id,
  organizationId: row.organization_id,
  name: row.name,
  slug: row.slug,
  country: row.country,
  timeZone: row.time_zone,
});

export function createClientsRepository(db: Kysely<Database>) {
  return {
    async listByIds(ids: readonly number[]): Promise<Client[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('clients')
        .selectAll()
        .where('id', 'in', ids)
        .orderBy('name')
        .execute();
      return rows.map(clientRowToClient);
    },

    async findById(id: number): Promise<Client | undefined> {
      const row = await db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
      return row && clientRowToClient(row);
    },

    async findBySlug(organizationId: number, slug: string): Promise<Client | undefined> {
      const row = await db
        .selectFrom('clients')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row && clientRowToClient(row);
    },

    /** The client whose web-form intake key has this hash and slug. */
    async findByIntakeKey(slug: string, keyHash: string): Promise<Client | undefined> {
      const row = await db
        .selectFrom('clients')
        .selectAll()
        .where('slug', '=', slug)
        .where('intake_key_hash', '=', keyHash)
        .executeTakeFirst();
      return row && clientRowToClient(row);
    },

    async setIntakeKeyHash(clientId: number, keyHash: string | null): Promise<void> {
      await db.updateTable('clients').set({ intake_key_hash: keyHash }).where('id', '=', clientId).execute();
    },

    /**
     * A new client, with the default call outcomes and reasons its managers start from, named in
     * the organization's language.
     */
    async create(client: Omit<Client, 'id'>, now: number): Promise<Client> {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('clients')
          .values({
            organization_id: client.organizationId,
            name: client.name,
            slug: client.slug,
            country: client.country,
            time_zone: client.timeZone,
            created_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await seedDefaultOutcomes(trx, row.id, await organizationLocale(trx, row.organization_id), now);
        return clientRowToClient(row);
      });
    },
  };
}

export type ClientsRepository = ReturnType<typeof createClientsRepository>;
