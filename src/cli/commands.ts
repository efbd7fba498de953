import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { canonicalTimeZone } from '../core/calling-hours/time-zone-candidates.ts';
import { type Role, roles } from '../core/leads/lead.ts';
import { AppError } from '../core/shared/app-error.ts';
import { type AppDatabase, createDatabase } from '../db/create-database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createClientsRepository } from '../db/repositories/clients.repository.ts';
import { createUsersRepository } from '../db/repositories/users.repository.ts';
import { createTimeZoneLookup } from '../integrations/geo/time-zone-lookup.ts';
import { loadConfig } from '../server/config/env.ts';
import { systemClock } from '../server/deps.ts';
import { hashToken, newSecret } from '../server/plugins/auth.ts';
import { startServer } from '../server/server.ts';
import { demoLogins, demoPassword, hasAnyOrganization, seedDemo } from './demo/demo-seed.ts';
import { type ImportCommandOptions, importCommand } from './import-command.ts';
import { type PermitCommandOptions, permitCommand } from './permit-command.ts';

export interface CommandOptions extends ImportCommandOptions, PermitCommandOptions {
  name?: string;
  slug?: string;
  country?: string;
  'time-zone'?: string;
  email?: string;
  role?: string;
  password?: string;
  user?: string;
}

const required = (value: string | undefined, flag: string): string => {
  if (!value?.trim()) throw new AppError('VALIDATION', { message: `--${flag} is required`, field: flag });
  return value.trim();
};

async function withDatabase<T>(work: (database: AppDatabase) => Promise<T>): Promise<T> {
  const database = createDatabase(loadConfig().DATABASE_URL);
  try {
    await migrateToLatest(database.db);
    return await work(database);
  } finally {
    await database.destroy();
  }
}

async function singleOrganizationId(database: AppDatabase): Promise<number> {
  const rows = await database.db.selectFrom('organizations').select('id').execute();
  if (rows.length === 0) {
    const created = await database.db
      .insertInto('organizations')
      .values({ name: 'SetterDesk', created_at: systemClock().epochMilliseconds })
      .returning('id')
      .executeTakeFirstOrThrow();
    return created.id;
  }
  if (rows.length > 1)
    throw new AppError('CONFLICT', { message: 'This database holds several organizations' });
  return rows[0]?.id ?? 0;
}

/** Runs one CLI command; every command honours DATABASE_URL. */
export async function runCommand(words: string[], options: CommandOptions): Promise<void> {
  const command = words.join(' ');
  if (words[0] === 'import') return withDatabase((database) => importCommand(database, words[1], options));
  if (command === 'permit') {
    // A compliance check needs no database unless a client's country and zone are asked for.
    return options.client?.length
      ? withDatabase((database) => permitCommand(database, options))
      : permitCommand(null, options);
  }
  switch (command) {
    case 'start':
      return start();
    case 'migrate':
      return withDatabase(async (database) => {
        console.log(`Database is up to date (${database.description}).`);
      });
    case 'seed-demo':
      return withDatabase(async (database) => {
        if (await hasAnyOrganization(database)) {
          console.log('The database already holds an organization: the demo was not added.');
          return;
        }
        await seedDemo(database, await createTimeZoneLookup(), systemClock());
        printLogins();
      });
    case 'client create':
      return withDatabase(async (database) => {
        const timeZone = canonicalTimeZone(options['time-zone'] ?? 'America/New_York');
        if (!timeZone)
          throw new AppError('VALIDATION', { message: 'Unknown IANA time zone', field: 'time-zone' });
        const slug = required(options.slug, 'slug');
        if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
          throw new AppError('VALIDATION', {
            message: 'The slug takes lower-case letters, digits and dashes',
            field: 'slug',
          });
        }
        const client = await createClientsRepository(database.db).create(
          {
            organizationId: await singleOrganizationId(database),
            name: required(options.name, 'name'),
            slug,
            country: (options.country ?? 'US').toUpperCase(),
            timeZone,
          },
          systemClock().epochMilliseconds,
        );
        console.log(`Client ${client.name} created (id ${client.id}, slug ${client.slug}).`);
      });
    case 'user create':
      return withDatabase((database) => createUser(database, options));
    case 'token create':
      return withDatabase(async (database) => {
        const users = createUsersRepository(database.db);
        const userId = await users.findUserIdByEmail(required(options.user, 'user'));
        if (!userId) throw new AppError('NOT_FOUND', { message: `No user ${options.user}`, field: 'user' });
        const token = `sd_${newSecret()}`;
        await users.createApiToken(
          { userId, name: options.name ?? 'cli', tokenHash: hashToken(token) },
          systemClock().epochMilliseconds,
        );
        console.log(token);
      });
    default:
      throw new AppError('VALIDATION', {
        message: `Unknown command "${command}": see npx setterdesk --help`,
      });
  }
}

async function createUser(database: AppDatabase, options: CommandOptions): Promise<void> {
  const role = required(options.role, 'role') as Role;
  if (!roles.includes(role)) {
    throw new AppError('VALIDATION', { message: `--role must be one of ${roles.join(', ')}`, field: 'role' });
  }
  const email = required(options.email, 'email').toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw new AppError('VALIDATION', { message: 'Invalid email', field: 'email' });
  const timeZone = canonicalTimeZone(options['time-zone'] ?? 'America/New_York');
  if (!timeZone) throw new AppError('VALIDATION', { message: 'Unknown IANA time zone', field: 'time-zone' });
  const organizationId = await singleOrganizationId(database);
  const clients = createClientsRepository(database.db);
  const clientIds: number[] = [];
  for (const slug of options.client ?? []) {
    const client = await clients.findBySlug(organizationId, slug);
    if (!client)
      throw new AppError('NOT_FOUND', { message: `No client with the slug ${slug}`, field: 'client' });
    clientIds.push(client.id);
  }
  const users = createUsersRepository(database.db);
  if (await users.findUserIdByEmail(email))
    throw new AppError('CONFLICT', { message: `${email} already exists`, field: 'email' });
  const password = options.password ?? randomBytes(9).toString('base64url');
  const userId = await users.createUser(
    {
      organizationId,
      email,
      name: required(options.name, 'name'),
      role,
      passwordHash: await hash(password),
      timeZone,
      locale: 'en',
    },
    systemClock().epochMilliseconds,
  );
  for (const clientId of clientIds) await users.assignClient(userId, clientId);
  console.log(`User ${email} (${role}) created with id ${userId}.`);
  if (!options.password) console.log(`Password: ${password}`);
}

async function start(): Promise<void> {
  const config = loadConfig();
  // The demo (with its well-known passwords) goes only into an empty embedded database, or where
  // SEED_DEMO=true says so: a fresh production PostgreSQL must never get a known admin login.
  const seedWanted = config.DATABASE_URL.startsWith('file:') || process.env.SEED_DEMO === 'true';
  const seeded = await withDatabase(async (database) => {
    if (!seedWanted || (await hasAnyOrganization(database))) return false;
    process.stdout.write('Seeding the demo organization… ');
    await seedDemo(database, await createTimeZoneLookup(), systemClock());
    console.log('done.');
    return true;
  });
  const server = await startServer({
    ...config,
    LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL,
  });
  console.log(
    `\nSetterDesk is running at ${server.url}  (database: ${config.DATABASE_URL.replace(/\/\/[^@]*@/, '//')})`,
  );
  console.log(`API documentation: ${server.url}/api/docs`);
  if (seeded || (seedWanted && (await hasDemoLogins()))) printLogins();
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function hasDemoLogins(): Promise<boolean> {
  return withDatabase(async (database) => {
    const first = demoLogins[0];
    return (
      first !== undefined &&
      (await createUsersRepository(database.db).findUserIdByEmail(first.email)) !== undefined
    );
  });
}

function printLogins(): void {
  console.log(`\nDemo logins (password "${demoPassword}"):`);
  for (const login of demoLogins) console.log(`  ${login.role.padEnd(8)} ${login.email}`);
}
