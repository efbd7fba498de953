import { en, en_US, Faker } from '@faker-js/faker';
import { hash } from '@node-rs/argon2';
import type { Temporal } from 'temporal-polyfill';
import type { LeadToInsert } from '../../core/lead-import/classify-rows.ts';
import { resolvePlace, type TimeZoneResolver } from '../../core/lead-import/resolve-time-zones.ts';
import type { PreparedLead } from '../../core/lead-intake/prepare-lead-row.ts';
import type { Role } from '../../core/leads/lead.ts';
import { sourceCodeKey } from '../../core/marketing-sources/marketing-source.ts';
import type { AppDatabase } from '../../db/create-database.ts';
import { createCatalogRepository } from '../../db/repositories/catalog.repository.ts';
import { createClientsRepository } from '../../db/repositories/clients.repository.ts';
import { createImportsRepository } from '../../db/repositories/imports.repository.ts';
import { createMarketingSourcesRepository } from '../../db/repositories/marketing-sources.repository.ts';
import { insertObjections } from '../../db/repositories/objections.repository.ts';
import { createRepsRepository } from '../../db/repositories/reps.repository.ts';
import { createUsersRepository } from '../../db/repositories/users.repository.ts';
import {
  softwareForm,
  softwareInboundScript,
  softwareScript,
  solarForm,
  solarInboundScript,
  solarScript,
} from './demo-catalog.ts';
import { softwareObjections, solarObjections } from './demo-objections.ts';
import { type DemoPlace, demoPlaces } from './demo-places.ts';

export const demoPassword = 'setterdesk';
export const demoLogins: { email: string; role: Role }[] = [
  { email: 'admin@demo.test', role: 'admin' },
  { email: 'manager@demo.test', role: 'manager' },
  { email: 'setter1@demo.test', role: 'setter' },
  { email: 'setter2@demo.test', role: 'setter' },
  { email: 'setter3@demo.test', role: 'setter' },
  { email: 'rep1@demo.test', role: 'rep' },
  { email: 'rep2@demo.test', role: 'rep' },
  { email: 'rep3@demo.test', role: 'rep' },
  { email: 'rep4@demo.test', role: 'rep' },
];

const weekdays = [1, 2, 3, 4, 5, 6];

/** True once any organization exists: the demo is seeded only into an empty database. */
export async function hasAnyOrganization(database: AppDatabase): Promise<boolean> {
  const row = await database.db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Seeds the demo organization: two clients (a solar installer and a B2B software firm), a
 * manager, three setters, four reps in four US time zones, one campaign per client with a
 * script (SunPeak's personalizable) and a qualification form, an inbound-call script per client, and generated leads across many area codes and states.
 * Deterministic: the same seed gives the same data.
 */
export async function seedDemo(
  database: AppDatabase,
  timeZones: TimeZoneResolver,
  now: Temporal.Instant,
  options: { leadsPerClient?: number; seed?: number } = {},
): Promise<void> {
  const { db } = database;
  const at = now.epochMilliseconds;
  const faker = new Faker({ locale: [en_US, en] });
  faker.seed(options.seed ?? 20_261_126);
  const users = createUsersRepository(db);
  const clients = createClientsRepository(db);
  const catalog = createCatalogRepository(db, database.dialect);
  const marketingSources = createMarketingSourcesRepository(db);
  const reps = createRepsRepository(db, database.dialect);
  const imports = createImportsRepository(db);

  const org = await db
    .insertInto('organizations')
    // English, whoever signs in: the demo's data (outcomes, reasons) and its walkthroughs are in it.
    .values({ name: 'Demo Agency', created_at: at, locale: 'en' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const solar = await clients.create(
    {
      organizationId: org.id,
      name: 'SunPeak Solar',
      slug: 'sunpeak-solar',
      country: 'US',
      timeZone: 'America/Denver',
    },
    at,
  );
  const software = await clients.create(
    {
      organizationId: org.id,
      name: 'Ledgerly',
      slug: 'ledgerly',
      country: 'US',
      timeZone: 'America/New_York',
    },
    at,
  );
  const passwordHash = await hash(demoPassword);
  const people: Record<string, { name: string; timeZone: string; clients: number[] }> = {
    'admin@demo.test': { name: 'Ana Admin', timeZone: 'America/New_York', clients: [] },
    'manager@demo.test': {
      name: 'Maya Manager',
      timeZone: 'America/New_York',
      clients: [solar.id, software.id],
    },
    'setter1@demo.test': {
      name: 'Sam Setter',
      timeZone: 'America/New_York',
      clients: [solar.id, software.id],
    },
    'setter2@demo.test': {
      name: 'Jovana Petrović',
      timeZone: 'Europe/Belgrade',
      clients: [solar.id, software.id],
    },
    'setter3@demo.test': { name: 'Luis Ortega', timeZone: 'America/Chicago', clients: [solar.id] },
    'rep1@demo.test': { name: 'Rita Reyes', timeZone: 'America/New_York', clients: [solar.id] },
    'rep2@demo.test': { name: 'Ben Carter', timeZone: 'America/Chicago', clients: [software.id] },
    'rep3@demo.test': { name: 'Dana Brooks', timeZone: 'America/Denver', clients: [solar.id] },
    'rep4@demo.test': { name: 'Kenji Ito', timeZone: 'America/Los_Angeles', clients: [software.id] },
  };
  const userIds = new Map<string, number>();
  for (const login of demoLogins) {
    const person = people[login.email];
    if (!person) continue;
    const userId = await users.createUser(
      {
        organizationId: org.id,
        email: login.email,
        name: person.name,
        role: login.role,
        passwordHash,
        timeZone: person.timeZone,
        locale: login.email === 'setter2@demo.test' ? 'sr' : 'en',
      },
      at,
    );
    userIds.set(login.email, userId);
    for (const clientId of person.clients) await users.assignClient(userId, clientId);
    if (login.role === 'rep') {
      await reps.createRep(
        {
          clientId: person.clients[0] ?? solar.id,
          userId,
          name: person.name,
          email: login.email,
          timeZone: person.timeZone,
          dailyMax: 8,
          weeklyHours: weekdays.map((weekday) => ({ weekday, startLocal: '09:00', endLocal: '17:00' })),
        },
        now,
      );
    }
  }

  const setups = [
    {
      client: solar,
      script: solarScript,
      // SunPeak lets setters say it in their own words, with a manager's approval; Ledgerly does not.
      scriptMode: 'personalizable' as const,
      inboundScript: solarInboundScript,
      form: solarForm,
      meeting: 'Solar consultation',
      minutes: 45,
      list: 'Solar web leads',
      objections: solarObjections,
      sources: [
        { code: 'MAILER-NOV', label: 'November postcard', kind: 'mailer' as const },
        { code: 'SAVE500', label: 'Home show coupon, $500 off', kind: 'coupon' as const },
        { code: 'RADIO-WKRP', label: 'Radio spot, WKRP morning show', kind: 'ad' as const },
      ],
    },
    {
      client: software,
      script: softwareScript,
      scriptMode: 'verbatim' as const,
      inboundScript: softwareInboundScript,
      form: softwareForm,
      meeting: 'Product demo',
      minutes: 30,
      list: 'Finance leaders',
      objections: softwareObjections,
      sources: [{ code: 'CFO-WEBINAR', label: 'CFO webinar, November', kind: 'web' as const }],
    },
  ];
  for (const setup of setups) {
    const scriptId = await catalog.createScript(
      {
        clientId: setup.client.id,
        name: `${setup.client.name} call script`,
        mode: setup.scriptMode,
        sections: setup.script,
      },
      at,
    );
    await catalog.createScript(
      {
        clientId: setup.client.id,
        name: `${setup.client.name} inbound calls`,
        mode: 'verbatim',
        purpose: 'inbound',
        sections: setup.inboundScript,
      },
      at,
    );
    // The default outcomes and reasons come with the client; the objection library is the demo's.
    await insertObjections(db, setup.client.id, setup.objections, now);
    for (const source of setup.sources) {
      await marketingSources.insertSource(
        setup.client.id,
        { ...source, active: true, codeKey: sourceCodeKey(source.code) },
        now,
      );
    }
    const formId = await catalog.createForm(
      { clientId: setup.client.id, name: `${setup.client.name} qualification`, ...setup.form },
      at,
    );
    const meetingTypeId = await catalog.createMeetingType(
      {
        clientId: setup.client.id,
        name: setup.meeting,
        durationMinutes: setup.minutes,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 15,
        minimumNoticeMinutes: 120,
        slotStepMinutes: 30,
        horizonDays: 21,
        locationKinds: ['phone', 'video', 'in_person'],
      },
      at,
    );
    const leads = demoLeads(faker, setup.client.id === solar.id, options.leadsPerClient ?? 1500, timeZones);
    const listId = await imports.insertList(
      {
        clientId: setup.client.id,
        name: setup.list,
        source: 'demo',
        createdByUserId: userIds.get('manager@demo.test') ?? null,
      },
      leads,
      now,
    );
    await catalog.insertCampaign(
      {
        clientId: setup.client.id,
        name: `${setup.client.name} — ${setup.list}`,
        listIds: [listId],
        scriptId,
        qualificationFormId: formId,
        meetingTypeId,
        callingWindow: {
          startLocal: '08:00',
          endLocal: '21:00',
          days: [1, 2, 3, 4, 5, 6, 7],
          blackoutDates: [],
        },
        sortKeys: [
          { field: 'area_code', direction: 'asc' },
          { field: 'created_at', direction: 'asc' },
        ],
        filters: [],
        createdByUserId: null,
      },
      now,
    );
  }
}

function demoLeads(
  faker: Faker,
  homeowners: boolean,
  count: number,
  timeZones: TimeZoneResolver,
): LeadToInsert[] {
  // 555-0100…0199 are reserved for fiction: demo numbers never ring a real phone.
  const numbers = faker.helpers.shuffle(
    demoPlaces.flatMap((place) =>
      Array.from({ length: 100 }, (_, i) => ({ place, line: String(100 + i).padStart(4, '0') })),
    ),
  );
  return numbers
    .slice(0, count)
    .map(({ place, line }) => demoLead(faker, place, line, homeowners, timeZones));
}

function demoLead(
  faker: Faker,
  place: DemoPlace,
  line: string,
  homeowner: boolean,
  timeZones: TimeZoneResolver,
): LeadToInsert {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const company = homeowner ? null : faker.company.name();
  const e164 = `+1${place.areaCode}555${line}`;
  const lead: PreparedLead = {
    rowNumber: 0,
    firstName,
    lastName,
    company,
    email: faker.internet
      .email({ firstName, lastName, provider: homeowner ? 'example.com' : 'example.org' })
      .toLowerCase(),
    phone: e164,
    phones: [{ e164, type: 'fixed_line_or_mobile', country: 'US' }],
    address: faker.location.streetAddress(),
    city: place.city,
    state: place.state,
    postalCode: `${place.zipPrefix}${faker.string.numeric(2)}`,
    country: 'US',
    timeZone: null,
    source: faker.helpers.arrayElement(['web form', 'webinar', 'referral', 'trade show', 'purchased list']),
    customFields: homeowner
      ? { roofType: faker.helpers.arrayElement(['asphalt', 'tile', 'metal']) }
      : { employees: String(faker.number.int({ min: 10, max: 900 })) },
  };
  return { ...lead, ...resolvePlace(lead, timeZones), onDncList: false };
}
