import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { LeadSearchHit, LeadSearchTerm, NameSearchField } from '../../core/lead-search/lead-search.ts';
import { phonePrefixRange, prefixRangeEnd } from '../../core/lead-search/prefix-range.ts';
import type { LeadSearchPort } from '../../core/lead-search/search-leads.ts';
import type { LeadStatus } from '../../core/leads/lead.ts';
import type { DialectName } from '../create-database.ts';
import type { Database } from '../schema.ts';

type HitQuery = SelectQueryBuilder<
  Database,
  'leads' | 'clients',
  {
    id: number;
    client_id: number;
    client_name: string;
    first_name: string;
    last_name: string;
    company: string | null;
    phone: string;
    email: string | null;
    status: string;
    matched: string;
  }
>;

/**
 * The leads the incoming-call search finds. Every term is read per client as a range of one index
 * (leads(client_id, phone), or the case-folded name indexes of migration 0008) in index order with
 * a limit, so a search costs a few short index reads however many leads a client has.
 */
export function createLeadSearchRepository(db: Kysely<Database>, dialect: DialectName): LeadSearchPort {
  // The very expressions the indexes of migration 0008 hold: lower(column), byte-wise on PostgreSQL.
  const searchKey = (field: NameSearchField): RawBuilder<string> =>
    dialect === 'postgres'
      ? sql<string>`lower(${sql.ref(`leads.${field}`)}) collate "C"`
      : sql<string>`lower(${sql.ref(`leads.${field}`)})`;
  // The typed prefix folded by the database's own lower(), as the index folds the column.
  const foldedPrefix = (prefix: string) =>
    dialect === 'postgres'
      ? sql<string>`lower(cast(${prefix} as text)) collate "C"`
      : sql<string>`lower(${prefix})`;
  const textRange = (query: HitQuery, field: NameSearchField, prefix: string): HitQuery =>
    query
      .where(searchKey(field), '>=', foldedPrefix(prefix))
      .where(searchKey(field), '<', sql<string>`${foldedPrefix(prefix)} || ${prefixRangeEnd}`);

  const base = (clientId: number, matched: LeadSearchHit['matched']): HitQuery =>
    db
      .selectFrom('leads')
      .innerJoin('clients', 'clients.id', 'leads.client_id')
      .select([
        'leads.id',
        'leads.client_id',
        'clients.name as client_name',
        'leads.first_name',
        'leads.last_name',
        'leads.company',
        'leads.phone',
        'leads.email',
        'leads.status',
        sql.lit(matched).$castTo<string>().as('matched'),
      ])
      .where('leads.client_id', '=', clientId);

  function termQuery(term: LeadSearchTerm, clientId: number, limit: number): HitQuery {
    if (term.kind === 'phone') {
      const range = phonePrefixRange(term.prefix);
      const from = base(clientId, 'phone').where('leads.phone', '>=', range.from);
      return (range.before === null ? from : from.where('leads.phone', '<', range.before))
        .orderBy('leads.phone')
        .limit(limit);
    }
    const query = textRange(base(clientId, term.field), term.field, term.prefix);
    return (term.and ? textRange(query, term.and.field, term.and.prefix) : query)
      .orderBy(searchKey(term.field))
      .limit(limit);
  }

  return {
    async clients(clientIds) {
      if (clientIds.length === 0) return [];
      return db.selectFrom('clients').select(['id', 'country']).where('id', 'in', clientIds).execute();
    },

    async findHits(terms, limitPerTerm) {
      const arms = terms.flatMap((term) =>
        term.clientIds.map((clientId) => termQuery(term, clientId, limitPerTerm)),
      );
      const [first, ...rest] = arms.map((arm, i) => db.selectFrom(arm.as(`t${i}`)).selectAll());
      if (!first) return [];
      const rows = await rest.reduce((union, arm) => union.unionAll(arm), first).execute();
      return rows.map((r) => ({
        id: r.id,
        clientId: r.client_id,
        clientName: r.client_name,
        firstName: r.first_name,
        lastName: r.last_name,
        company: r.company,
        phone: r.phone,
        email: r.email,
        status: r.status as LeadStatus,
        matched: r.matched as LeadSearchHit['matched'],
      }));
    },
  };
}
