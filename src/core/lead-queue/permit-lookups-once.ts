import type { Temporal } from 'temporal-polyfill';
import type { PermitLookups } from './permits-for.ts';

/**
 * Permit lookups that remember, per phone, what storage said in this claim: checking a leased
 * lead again (as stored now) asks only about numbers the page check did not read. The answers
 * are a few milliseconds old, like the page's; the lead's own row is what is re-read.
 */
export function permitLookupsOnce<L extends PermitLookups>(lookups: L): L {
  const dnc = new Map<string, boolean>();
  const calls = new Map<string, Map<string, number>>();
  const contacts = new Map<string, Map<string, Temporal.Instant | null>>();

  /** Asks storage only for the phones not known yet; answers for all of them. */
  async function throughCache<T>(
    known: Map<string, T>,
    phones: readonly string[],
    read: (missing: string[]) => Promise<Map<string, T>>,
    absent: T,
  ): Promise<Map<string, T>> {
    const missing = [...new Set(phones)].filter((p) => !known.has(p));
    if (missing.length > 0) {
      const found = await read(missing);
      for (const phone of missing) known.set(phone, found.get(phone) ?? absent);
    }
    return new Map(phones.map((p) => [p, known.get(p) as T]));
  }
  const bySince = <T>(maps: Map<string, Map<string, T>>, since: Temporal.Instant) => {
    const key = String(since.epochMilliseconds);
    const known = maps.get(key) ?? new Map<string, T>();
    maps.set(key, known);
    return known;
  };

  const { callsSince, lastContactsSince } = lookups;
  return {
    ...lookups,
    async dncPhones(organizationId, clientId, phones) {
      const listed = await throughCache(
        dnc,
        phones,
        async (missing) =>
          new Map([...(await lookups.dncPhones(organizationId, clientId, missing))].map((p) => [p, true])),
        false,
      );
      return new Set([...listed].filter(([, onList]) => onList).map(([phone]) => phone));
    },
    ...(callsSince
      ? {
          async callsSince(phones: string[], since: Temporal.Instant) {
            const counted = await throughCache(bySince(calls, since), phones, (m) => callsSince(m, since), 0);
            return new Map([...counted].filter(([, n]) => n > 0));
          },
        }
      : {}),
    ...(lastContactsSince
      ? {
          async lastContactsSince(phones: string[], since: Temporal.Instant) {
            const last = await throughCache<Temporal.Instant | null>(
              bySince(contacts, since),
              phones,
              (m) => lastContactsSince(m, since),
              null,
            );
            return new Map(
              [...last].flatMap(([phone, at]): [string, Temporal.Instant][] => (at ? [[phone, at]] : [])),
            );
          },
        }
      : {}),
  };
}
