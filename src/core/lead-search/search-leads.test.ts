import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import type { LeadSearchHit } from './lead-search.ts';
import { rankLeadSearchHits, searchLeads } from './search-leads.ts';

const hit = (id: number, overrides: Partial<LeadSearchHit>): LeadSearchHit => ({
  id,
  clientId: 1,
  clientName: 'SunPeak Solar',
  firstName: 'Ana',
  lastName: 'Smith',
  company: null,
  phone: `+121255501${String(id).padStart(2, '0')}`,
  email: null,
  status: 'new',
  matched: 'last_name',
  ...overrides,
});

const setter: Actor = {
  userId: 5,
  organizationId: 1,
  role: 'setter',
  name: 'Sam Setter',
  email: 'sam@example.test',
  timeZone: 'America/New_York',
  locale: 'en',
  clientIds: [1, 2],
};

describe('rankLeadSearchHits', () => {
  it('a lead found twice appears once (its best match): a phone match, the exact name typed first, then by last and first name', () => {
    const ranked = rankLeadSearchHits(
      [
        hit(1, { lastName: 'Smithers', matched: 'last_name' }),
        hit(2, { firstName: 'John', lastName: 'Smith', matched: 'company' }),
        hit(2, { firstName: 'John', lastName: 'Smith', matched: 'first_name' }),
        hit(3, { lastName: 'Abbot', matched: 'email' }),
        hit(4, { firstName: 'Smith', lastName: 'Zane', matched: 'first_name' }),
        hit(5, { lastName: 'Smith', matched: 'last_name' }),
        hit(6, { lastName: 'Zz', matched: 'phone' }),
      ],
      'smith',
    );
    expect(ranked.map((h) => h.id)).toEqual([6, 5, 2, 4, 1, 3]);
  });

  it.each([
    [3, 3],
    [10, 6],
  ])('returns at most the limit (%i)', (limit, count) => {
    const hits = [1, 2, 3, 4, 5, 6].map((id) => hit(id, { matched: 'phone' }));
    expect(rankLeadSearchHits(hits, '212', limit)).toHaveLength(count);
  });
});

describe('searchLeads', () => {
  const port = (seen: unknown[]) => ({
    clients: async (ids: readonly number[]) => ids.map((id) => ({ id, country: 'US' })),
    findHits: async (terms: unknown) => {
      seen.push(terms);
      return [hit(1, { matched: 'phone' })];
    },
  });

  it.each([
    ['another client’s id answers like a missing one', setter, 3, 'NOT_FOUND'],
    ['a rep does not take calls', { ...setter, role: 'rep' as const }, null, 'FORBIDDEN'],
  ])('%s', async (_title, actor, clientId, code) => {
    await expect(searchLeads(port([]), actor, { text: '212', clientId })).rejects.toMatchObject({ code });
  });

  it('searches the user’s clients, or the one chosen', async () => {
    const seen: unknown[] = [];
    await searchLeads(port(seen), setter, { text: '212', clientId: null });
    await searchLeads(port(seen), setter, { text: '212', clientId: 2 });
    expect(seen).toEqual([
      [{ kind: 'phone', clientIds: [1, 2], prefix: '+1212' }],
      [{ kind: 'phone', clientIds: [2], prefix: '+1212' }],
    ]);
  });

  it('a blank text or a user without clients reads nothing', async () => {
    const seen: unknown[] = [];
    expect(await searchLeads(port(seen), setter, { text: ' ', clientId: null })).toEqual([]);
    expect(
      await searchLeads(port(seen), { ...setter, clientIds: [] }, { text: 'ana', clientId: null }),
    ).toEqual([]);
    expect(seen).toEqual([]);
  });
});
