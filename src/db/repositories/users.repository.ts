import type { Kysely } from 'kysely';
import type { Actor } from '../../core/access/actor.ts';
import type { Role } from '../../core/leads/lead.ts';
import type { Database } from '../schema.ts';

export interface UserWithPassword {
  id: number;
  email: string;
  passwordHash: string | null;
  active: boolean;
}

export interface NewUser {
  organizationId: number;
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  timeZone: string;
  locale: string;
}

/** How finely an API token's last use is recorded. */
const tokenUseResolutionMs = 60_000;

export function createUsersRepository(db: Kysely<Database>) {
  async function loadActor(userId: number): Promise<Actor | undefined> {
    const user = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
    if (user?.active !== 1) return undefined;
    const clientRows =
      user.role === 'admin'
        ? await db
            .selectFrom('clients')
            .select('id')
            .where('organization_id', '=', user.organization_id)
            .execute()
        : await db
            .selectFrom('user_clients')
            .innerJoin('clients', 'clients.id', 'user_clients.client_id')
            .select('clients.id')
            .where('user_clients.user_id', '=', userId)
            .where('clients.organization_id', '=', user.organization_id)
            .execute();
    return {
      userId: user.id,
      organizationId: user.organization_id,
      role: user.role as Role,
      name: user.name,
      email: user.email,
      timeZone: user.time_zone,
      locale: user.locale,
      clientIds: clientRows.map((r) => r.id).sort((a, b) => a - b),
    };
  }

  return {
    loadActor,

    async findUserForLogin(email: string): Promise<UserWithPassword | undefined> {
      const row = await db
        .selectFrom('users')
        .select(['id', 'email', 'password_hash', 'active'])
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst();
      return (
        row && { id: row.id, email: row.email, passwordHash: row.password_hash, active: row.active === 1 }
      );
    },

    async findUserIdByEmail(email: string): Promise<number | undefined> {
      const row = await db
        .selectFrom('users')
        .select('id')
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst();
      return row?.id;
    },

    async organizationName(organizationId: number): Promise<string> {
      const row = await db
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', organizationId)
        .executeTakeFirstOrThrow();
      return row.name;
    },

    async createUser(user: NewUser, now: number): Promise<number> {
      const row = await db
        .insertInto('users')
        .values({
          organization_id: user.organizationId,
          email: user.email.toLowerCase(),
          name: user.name,
          role: user.role,
          password_hash: user.passwordHash,
          time_zone: user.timeZone,
          locale: user.locale,
          active: 1,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async assignClient(userId: number, clientId: number): Promise<void> {
      await db
        .insertInto('user_clients')
        .values({ user_id: userId, client_id: clientId })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    async createSession(
      session: { id: string; userId: number; csrfToken: string; expiresAt: number },
      now: number,
    ) {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          expires_at: session.expiresAt,
          created_at: now,
        })
        .execute();
    },

    async findSession(
      id: string,
    ): Promise<{ userId: number; csrfToken: string; expiresAt: number } | undefined> {
      const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
    },

    async extendSession(id: string, expiresAt: number): Promise<void> {
      await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
    },

    async updateLocale(userId: number, locale: string): Promise<void> {
      await db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
    },

    async deleteSession(id: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },

    async createApiToken(token: { userId: number; name: string; tokenHash: string }, now: number) {
      return db
        .insertInto('api_tokens')
        .values({ user_id: token.userId, name: token.name, token_hash: token.tokenHash, created_at: now })
        .returning(['id', 'name', 'created_at'])
        .executeTakeFirstOrThrow();
    },

    /**
     * The token's user. Its last use is recorded at most once a minute: an integration calling
     * many times a second must not turn every read into a write.
     */
    async findUserIdByTokenHash(tokenHash: string, now: number): Promise<number | undefined> {
      const row = await db
        .selectFrom('api_tokens')
        .select(['id', 'user_id', 'last_used_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      if (row.last_used_at === null || now - row.last_used_at >= tokenUseResolutionMs) {
        await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
      }
      return row.user_id;
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
