import { type Expression, type SqlBool, sql } from 'kysely';
import type { LeadFilter } from '../core/campaigns/campaign.ts';
import type { DialectName } from './create-database.ts';

/** A custom field's text, one way per dialect (the queue's order reads it in lead-queue-order.ts). */
function customField(dialect: DialectName, field: `custom:${string}`) {
  const key = field.slice('custom:'.length);
  // The key is a slug (campaign validation): safe to embed in the JSON path literal.
  if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`custom field key "${key}" is not a slug`);
  return dialect === 'postgres'
    ? sql`(leads.custom_fields::jsonb ->> ${key})`
    : sql`json_extract(leads.custom_fields, ${`$.${key}`})`;
}

/** What a filter compares: the field's text for the lead. */
function filterOperand(filter: LeadFilter, dialect: DialectName) {
  switch (filter.field) {
    case 'state':
      return sql`leads.state`;
    case 'status':
      return sql`leads.status`;
    case 'source':
      return sql`leads.source`;
    case 'area_code':
      // E.164 '+1303…': the area code is what follows the country code 1.
      return sql`substr(leads.phone, 3, 3)`;
    case 'postal_prefix':
      return sql`leads.postal_code`;
    default:
      return customField(dialect, filter.field);
  }
}

/** Every filter of a campaign as one condition on `leads` (true when there are none). */
export function campaignFilterCondition(
  filters: readonly LeadFilter[],
  dialect: DialectName,
): Expression<SqlBool> {
  const parts = filters.map((filter) => {
    const operand = filterOperand(filter, dialect);
    const match =
      filter.field === 'postal_prefix'
        ? sql.join(
            filter.values.map((v) => sql`${operand} like ${`${v.replace(/[%_\\]/g, '')}%`}`),
            sql` or `,
          )
        : sql`${operand} in (${sql.join(filter.values)})`;
    return filter.op === 'in' ? sql`(${match})` : sql`(${operand} is null or not (${match}))`;
  });
  return (
    parts.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.join(parts, sql` and `)}`
  ) as Expression<SqlBool>;
}
