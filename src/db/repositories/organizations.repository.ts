import type { Kysely, Transaction } from 'kysely';
import type { Language } from '../../contracts/auth.ts';
import { languageOf } from '../../core/shared/language.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface OrganizationSettings {
  name: string;
  locale: Language;
}

/** The organization's language; inside a transaction when given one (a new client's seeding). */
export async function organizationLocale(db: Db, organizationId: number): Promise<Language> {
  const row = await db
    .selectFrom('organizations')
    .select('locale')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return languageOf(row.locale);
}

export function createOrganizationsRepository(db: Kysely<Database>) {
  return {
    async settings(organizationId: number): Promise<OrganizationSettings> {
      const row = await db
        .selectFrom('organizations')
        .select(['name', 'locale'])
        .where('id', '=', organizationId)
        .executeTakeFirstOrThrow();
      return { name: row.name, locale: languageOf(row.locale) };
    },

    async saveLocale(organizationId: number, locale: Language): Promise<void> {
      await db.updateTable('organizations').set({ locale }).where('id', '=', organizationId).execute();
    },
  };
}
