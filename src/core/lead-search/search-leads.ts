import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { type LeadSearchHit, type LeadSearchTerm, leadSearchLimit } from './lead-search.ts';
import { planLeadSearch, type SearchClient } from './plan-lead-search.ts';

export interface LeadSearchPort {
  /** The countries of the clients, to read national phone numbers. */
  clients(clientIds: readonly number[]): Promise<SearchClient[]>;
  /** The leads each term finds, at most `limitPerTerm` per term, read through indexes only. */
  findHits(terms: readonly LeadSearchTerm[], limitPerTerm: number): Promise<LeadSearchHit[]>;
}

const fieldRank: Record<LeadSearchHit['matched'], number> = {
  phone: 0,
  first_name: 2,
  last_name: 2,
  company: 3,
  email: 4,
};

/** Lower is better: a phone match, a whole name typed, a first or last name, a company, an email. */
function rankOf(hit: LeadSearchHit, text: string): number {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const names = [hit.firstName, hit.lastName, `${hit.firstName} ${hit.lastName}`].map((n) => n.toLowerCase());
  if (hit.matched !== 'phone' && names.includes(typed)) return 1;
  return fieldRank[hit.matched];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The hits of every term as one list: each lead once (its best match), best matches first, then
 * by phone (phone matches) or by name, `limit` at most.
 */
export function rankLeadSearchHits(
  hits: readonly LeadSearchHit[],
  text: string,
  limit = leadSearchLimit,
): LeadSearchHit[] {
  const best = new Map<number, { hit: LeadSearchHit; rank: number }>();
  for (const hit of hits) {
    const rank = rankOf(hit, text);
    const seen = best.get(hit.id);
    if (!seen || rank < seen.rank) best.set(hit.id, { hit, rank });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.rank === 0 ? byText(a.hit.phone, b.hit.phone) : 0) ||
        byText(a.hit.lastName.toLowerCase(), b.hit.lastName.toLowerCase()) ||
        byText(a.hit.firstName.toLowerCase(), b.hit.firstName.toLowerCase()) ||
        a.hit.id - b.hit.id,
    )
    .slice(0, limit)
    .map((entry) => entry.hit);
}

/**
 * The incoming-call search: leads of the actor's clients (or of one of them) whose phone starts
 * with the digits typed, or whose first name, last name, company or email starts with the text.
 * Another client's id answers NOT_FOUND, like a missing one.
 */
export async function searchLeads(
  port: LeadSearchPort,
  actor: Actor,
  input: { text: string; clientId: number | null },
): Promise<LeadSearchHit[]> {
  requireRole(actor, ['setter', 'manager', 'admin']);
  if (input.clientId !== null) requireClientAccess(actor, input.clientId, 'Client');
  const clientIds = input.clientId !== null ? [input.clientId] : actor.clientIds;
  if (clientIds.length === 0 || input.text.trim() === '') return [];
  const plan = planLeadSearch(input.text, await port.clients(clientIds));
  if (plan.terms.length === 0) return [];
  return rankLeadSearchHits(await port.findHits(plan.terms, leadSearchLimit), input.text);
}
