import type { Kysely } from 'kysely';
import type { Actor } from '../../core/access/actor.ts';
import type { Role } from '../../core/leads/lead.ts';
import type { DialectName } from '../create-database.ts';
import { dialectOfDb, numberArrayFrom, numbersOf } from '../dialect.ts';
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

export function createUsersRepository(db: Kysely<Database>, dialect: DialectName = dialectOfDb(db)) {
  /**
   * Active users with the clients they work for (every client of the organization for an admin,
   * else their assigned ones), in one statement: every request reads its actor.
   */
  const actors = () =>
    db
      .selectFrom('users')
      .select((eb) => [
        'users.id',
        'users.organization_id',
        'users.role',
        'users.name',
        'users.email',
        'users.time_zone',
        'users.locale',
        numberArrayFrom(
          dialect,
          eb
            .selectFrom('clients')
            .select('clients.id')
            .whereRef('clients.organization_id', '=', 'users.organization_id')
            .where((inner) =>
              inner.or([
                inner('users.role', '=', 'admin'),
                inner.exists(
                  inner
                    .selectFrom('user_clients')
                    .select('user_clients.client_id')
                    .whereRef('user_clients.user_id', '=', 'users.id')
                    .whereRef('user_clients.client_id', '=', 'clients.id'),
                ),
              ]),
            )
            .orderBy('clients.id'),
          'id',
        ).as('client_ids'),
      ])
      .where('users.active', '=', 1);

  const toActor = (user: {
    id: number;
    organization_id: number;
    role: string;
    name: string;
    email: string;
    time_zone: string;
    locale: string;
    client_ids: unknown;
  }): Actor => ({
    userId: user.id,
    organizationId: user.organization_id,
    role: user.role as Role,
    name: user.name,
    email: user.email,
    timeZone: user.time_zone,
    locale: user.locale,
    clientIds: numbersOf(user.client_ids).sort((a, b) => a - b),
  });

  async function loadActor(userId: number): Promise<Actor | undefined> {
    const user = await actors().where('users.id', '=', userId).executeTakeFirst();
    return user && toActor(user);
  }

  /**
   * A session and its user as the actor, in one statement; undefined for an unknown session.
   * A deactivated user's session is found with no actor.
   */
  async function findSessionActor(
    sessionId: string,
  ): Promise<{ csrfToken: string; expiresAt: number; actor: Actor | null } | undefined> {
    const row = await db
      .selectFrom('sessions')
      .leftJoin(actors().as('actor'), 'actor.id', 'sessions.user_id')
      .select([
        'sessions.csrf_token',
        'sessions.expires_at',
        'actor.id',
        'actor.organization_id',
        'actor.role',
        'actor.name',
        'actor.email',
        'actor.time_zone',
        'actor.locale',
        'actor.client_ids',
      ])
      .where('sessions.id', '=', sessionId)
      .executeTakeFirst();
    if (!row) return undefined;
    const { csrf_token, expires_at, ...user } = row;
    const actor = user.id === null ? null : toActor(user as Parameters<typeof toActor>[0]);
    return { csrfToken: csrf_token, expiresAt: expires_at, actor };
  }

  return {
    loadActor,
    findSessionActor,

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
