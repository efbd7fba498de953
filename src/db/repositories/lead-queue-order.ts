import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { SortKey } from '../../core/campaigns/campaign.ts';
import type { DialectName } from '../create-database.ts';
import type { Database } from '../schema.ts';

/**
 * A campaign's order as SQL over `leads`, written without the table name and with every constant
 * inline: an index on expressions is used only for the very same expressions, and neither dialect
 * matches a bound parameter or (SQLite) allows a qualified column inside an index.
 */
export interface QueueOrder {
  /** The sort values selected under the names o0, o1 … (two per key: empty-last flag, value). */
  selectList: string;
  /** ORDER BY over `leads` columns; the lead id breaks ties. */
  orderBy: string;
  /** The same order over the selected names (of `table`, if given): for merging ordered parts. */
  outerOrderBy(table?: string): string;
  /** The index that serves this order per list, status and zone set, and its columns. */
  index: { name: string; columns: string };
}

const slug = /^[A-Za-z0-9_]{1,60}$/;

function sortValue(key: SortKey, dialect: DialectName): string {
  switch (key.field) {
    case 'area_code':
      return 'substr(phone, 1, 5)';
    case 'postal_code':
      return 'postal_code';
    case 'state':
      return 'state';
    case 'score':
      return 'score';
    case 'source':
      return 'source';
    case 'created_at':
      return 'created_at';
    case 'attempts':
      return 'attempt_count';
    case 'last_attempt_at':
      return 'last_attempt_at';
    case 'random':
      // Stable per lead, so paging through the queue does not repeat or skip leads.
      return '((cast(id as bigint) * 7919) % 10007)';
    default: {
      const name = key.field.slice('custom:'.length);
      // Validated when the campaign is saved; checked again because it is spliced into SQL.
      if (!slug.test(name)) throw new Error(`custom field "${name}" is not a slug`);
      return dialect === 'postgres'
        ? `(custom_fields::jsonb ->> '${name}')`
        : `json_extract(custom_fields, '$.${name}')`;
    }
  }
}

/**
 * @example
 * queueOrder([{ field: 'state', direction: 'desc' }], 'sqlite').orderBy
 * // 'case when state is null then 1 else 0 end, state desc, id'
 */
export function queueOrder(sortKeys: readonly SortKey[], dialect: DialectName): QueueOrder {
  const terms: { expression: string; direction: 'asc' | 'desc' }[] = [];
  for (const key of sortKeys) {
    const value = sortValue(key, dialect);
    // Empty values last in both directions and on both dialects (they disagree on NULL order).
    terms.push({ expression: `case when ${value} is null then 1 else 0 end`, direction: 'asc' });
    terms.push({ expression: value, direction: key.direction });
  }
  const dir = (d: 'asc' | 'desc') => (d === 'desc' ? ' desc' : '');
  const orderBy = [...terms.map((t) => `${t.expression}${dir(t.direction)}`), 'id'].join(', ');
  const columns = [
    'list_id',
    'status',
    'time_zone_key',
    ...terms.map((t) => `(${t.expression})${dir(t.direction)}`),
    'id',
  ].join(', ');
  const hash = createHash('sha256').update(`${dialect}|${columns}`).digest('hex').slice(0, 16);
  return {
    selectList: terms.map((t, i) => `${t.expression} as o${i}`).join(', '),
    orderBy,
    outerOrderBy: (table) => {
      const prefix = table ? `${table}.` : '';
      return [...terms.map((t, i) => `${prefix}o${i}${dir(t.direction)}`), `${prefix}id`].join(', ');
    },
    index: { name: `leads_queue_order_${hash}`, columns },
  };
}

/**
 * Makes sure each order in use has its index: sort keys are the manager's choice, so the index
 * cannot be a migration's. Built once per order (on PostgreSQL without blocking writers); while
 * it builds, or if building fails, the queue is still served, only by sorting.
 */
export function createOrderIndexes(db: Kysely<Database>, dialect: DialectName) {
  const known = new Map<string, Promise<void>>();
  const build = async (order: QueueOrder) => {
    const { name, columns } = order.index;
    const statement =
      dialect === 'postgres'
        ? `create index concurrently if not exists ${name} on leads (${columns})`
        : `create index if not exists ${name} on leads (${columns})`;
    try {
      await sql.raw(statement).execute(db);
    } catch {
      // Another node building the same index at this moment: it will be there for the next claim.
      known.delete(name);
    }
  };
  return {
    ensure(order: QueueOrder): Promise<void> {
      const pending = known.get(order.index.name) ?? build(order);
      known.set(order.index.name, pending);
      return pending;
    },
  };
}
