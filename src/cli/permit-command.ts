import { Temporal } from 'temporal-polyfill';
import { defaultCallingWindow } from '../core/calling-hours/calling-window-policy.ts';
import { canonicalTimeZone } from '../core/calling-hours/time-zone-candidates.ts';
import { stateRuleDecision } from '../core/calling-rules/apply-state-rules.ts';
import { leadState } from '../core/calling-rules/state-of-lead.ts';
import { resolvePlace } from '../core/lead-import/resolve-time-zones.ts';
import { normalizePhone } from '../core/lead-intake/phone.ts';
import { normalizePostalCode } from '../core/lead-intake/postal-code.ts';
import { normalizeUsState } from '../core/lead-intake/us-state.ts';
import { explainPermit } from '../core/lead-queue/explain-permit.ts';
import { AppError } from '../core/shared/app-error.ts';
import type { AppDatabase } from '../db/create-database.ts';
import { createAreaCodeStates } from '../integrations/geo/area-code-state.ts';
import { createTimeZoneLookup } from '../integrations/geo/time-zone-lookup.ts';
import { loadCallingRules } from '../server/config/calling-rules.ts';

export interface PermitCommandOptions {
  phone?: string;
  'postal-code'?: string;
  state?: string;
  'time-zone'?: string;
  client?: string[];
  at?: string;
  json?: boolean;
}

/**
 * `setterdesk permit --phone <number> …`: may this number be called at this instant, and why
 * not — for compliance checks with no lead stored. The same rules as the queue: every zone the
 * phone prefix, postal code or explicit zone points to, intersected; the default calling window;
 * the client's country and zone with --client.
 */
export async function permitCommand(
  database: AppDatabase | null,
  options: PermitCommandOptions,
): Promise<void> {
  if (!options.phone) throw new AppError('VALIDATION', { message: '--phone is required', field: 'phone' });
  const client = await findClient(database, options.client?.[0]);
  const country = client?.country ?? 'US';
  const phone = normalizePhone(options.phone, country);
  if (!phone.ok) throw new AppError('VALIDATION', { message: phone.error.message, field: 'phone' });
  const at = parseInstant(options.at);
  let timeZone: string | null = null;
  if (options['time-zone'] !== undefined) {
    timeZone = canonicalTimeZone(options['time-zone']);
    if (!timeZone)
      throw new AppError('VALIDATION', {
        message: `Unknown IANA time zone "${options['time-zone']}"`,
        field: 'time-zone',
      });
  }
  const postalCode =
    options['postal-code'] === undefined
      ? null
      : normalizePostalCode(options['postal-code'], phone.value.country);
  if (options['postal-code'] !== undefined && postalCode === null) {
    throw new AppError('VALIDATION', {
      message: `"${options['postal-code']}" is not a postal code`,
      field: 'postal-code',
    });
  }
  const state =
    options.state === undefined
      ? null
      : phone.value.country === 'US'
        ? normalizeUsState(options.state)
        : options.state;
  if (options.state !== undefined && state === null) {
    throw new AppError('VALIDATION', { message: `"${options.state}" is not a US state`, field: 'state' });
  }
  const lookup = await createTimeZoneLookup();
  const place = resolvePlace(
    {
      timeZone,
      postalCode,
      country: phone.value.country === '001' ? country : phone.value.country,
      phone: phone.value.e164,
      state,
    },
    lookup,
  );
  const areaCodes = await createAreaCodeStates();
  const where = leadState(
    { state: place.state, postalCode, country: phone.value.country, phone: phone.value.e164 },
    {
      stateByPostalCode: (c, p) => lookup.stateByPostalCode(c, p),
      stateByPhone: (e164) => areaCodes.stateByPhone(e164),
    },
  );
  const ruleSet = loadCallingRules(process.env.CALLING_RULES_FILE);
  const callsInLast24h = database ? await callsToday(database, phone.value.e164, at) : 0;
  const clientTimeZone = client?.time_zone ?? 'America/New_York';
  const zones =
    place.timeZoneCandidates.length > 0 ? place.timeZoneCandidates.map((c) => c.timeZone) : [clientTimeZone];
  const stateRule = ruleSet
    ? stateRuleDecision({ state: where.state, timeZones: zones, ruleSet, now: at, callsInLast24h })
    : null;
  const report = explainPermit({
    candidates: place.timeZoneCandidates,
    clientTimeZone,
    callingWindow: defaultCallingWindow,
    now: at,
    stateRule,
  });
  const result = {
    phone: phone.value.e164,
    state: where.state,
    stateSource: where.source,
    client: client?.slug ?? null,
    ...report,
    callsInLast24h,
    timeZoneConflict: place.timeZoneConflict,
  };
  if (options.json) console.log(JSON.stringify(result));
  else console.log(report.summary);
}

/** Calls to the number in the 24 hours before the instant, across every client (state caps). */
async function callsToday(database: AppDatabase, phone: string, at: Temporal.Instant): Promise<number> {
  const row = await database.db
    .selectFrom('call_attempts')
    .select((eb) => eb.fn.countAll<number>().as('calls'))
    .where('phone', '=', phone)
    .where('started_at', '>=', at.subtract({ hours: 24 }).epochMilliseconds)
    .where('started_at', '<=', at.epochMilliseconds)
    .executeTakeFirst();
  return Number(row?.calls ?? 0);
}

async function findClient(database: AppDatabase | null, slug: string | undefined) {
  if (!slug) return null;
  if (!database)
    throw new AppError('VALIDATION', {
      message: '--client needs the database (DATABASE_URL)',
      field: 'client',
    });
  const rows = await database.db.selectFrom('clients').selectAll().where('slug', '=', slug).execute();
  if (rows.length !== 1 || !rows[0])
    throw new AppError('NOT_FOUND', { message: `No single client with slug "${slug}"`, field: 'client' });
  return rows[0];
}

function parseInstant(text: string | undefined): Temporal.Instant {
  if (text === undefined) return Temporal.Now.instant();
  try {
    return Temporal.Instant.from(text);
  } catch {
    throw new AppError('VALIDATION', {
      message: `--at takes an ISO instant with an offset, e.g. 2026-11-27T15:00:00Z (got "${text}")`,
      field: 'at',
    });
  }
}
