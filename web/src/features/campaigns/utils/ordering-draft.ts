import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';

type SortKey = CampaignDto['sortKeys'][number];
type LeadFilter = CampaignDto['filters'][number];

export const sortFields = [
  'area_code',
  'postal_code',
  'state',
  'score',
  'source',
  'created_at',
  'attempts',
  'last_attempt_at',
  'random',
] as const;
export type SortFieldName = (typeof sortFields)[number];

export const filterFields = ['state', 'postal_prefix', 'area_code', 'status', 'source'] as const;
export type FilterFieldName = (typeof filterFields)[number];

/** The choice that asks for a custom field key ("custom:<key>" on the wire). */
export const customChoice = 'custom';
/** Custom-field keys are lowercase slugs, as the server checks them. */
export const customFieldKeyPattern = /^[a-z0-9_]{1,60}$/;
export const maxSortKeys = 6;
export const maxFilters = 10;

export interface SortKeyDraft {
  /** Stable across moves, so a row keeps its focus and its React key. */
  id: string;
  field: SortFieldName | typeof customChoice;
  customKey: string;
  direction: SortKey['direction'];
}

export interface FilterDraft {
  id: string;
  field: FilterFieldName | typeof customChoice;
  customKey: string;
  op: LeadFilter['op'];
  values: string[];
}

export interface OrderingDraft {
  sortKeys: SortKeyDraft[];
  filters: FilterDraft[];
}

/** What can be wrong with one field of the draft; the screen words it in the user's language. */
export type OrderingProblem = 'duplicate' | 'customKey' | 'noValues' | 'areaCode' | 'tooMany';

let lastDraftId = 0;
export const newDraftId = (): string => `rule-${++lastDraftId}`;

function splitField<T extends string>(
  field: string,
  known: readonly T[],
): { field: T | typeof customChoice; customKey: string } {
  if (field.startsWith('custom:')) return { field: customChoice, customKey: field.slice('custom:'.length) };
  const match = known.find((name) => name === field);
  return match ? { field: match, customKey: '' } : { field: customChoice, customKey: field };
}

const wireField = (draft: { field: string; customKey: string }): string =>
  draft.field === customChoice ? `custom:${draft.customKey.trim()}` : draft.field;

/** A campaign's saved order and filters as editable rows. */
export function toOrderingDraft(rules: Pick<CampaignDto, 'sortKeys' | 'filters'>): OrderingDraft {
  return {
    sortKeys: rules.sortKeys.map((key) => ({
      id: newDraftId(),
      ...splitField(key.field, sortFields),
      direction: key.direction,
    })),
    filters: rules.filters.map((filter) => ({
      id: newDraftId(),
      ...splitField(filter.field, filterFields),
      op: filter.op,
      values: [...filter.values],
    })),
  };
}

/** State codes are stored upper case ("co" → "CO"); other values only lose stray spaces. */
export function normalizeFilterValue(field: string, value: string): string {
  const trimmed = value.trim();
  return field === 'state' ? trimmed.toUpperCase() : trimmed;
}

/** The rows as the API takes them. */
export function fromOrderingDraft(draft: OrderingDraft): Pick<CampaignDto, 'sortKeys' | 'filters'> {
  return {
    sortKeys: draft.sortKeys.map((key) => ({ field: wireField(key), direction: key.direction })),
    filters: draft.filters.map((filter) => ({
      field: wireField(filter),
      op: filter.op,
      values: [...new Set(filter.values.map((v) => normalizeFilterValue(filter.field, v)).filter(Boolean))],
    })),
  };
}

/** True when the rows say the same as the saved rules: nothing to save. */
export function isSameOrdering(
  draft: OrderingDraft,
  saved: Pick<CampaignDto, 'sortKeys' | 'filters'>,
): boolean {
  const canonical = (rules: Pick<CampaignDto, 'sortKeys' | 'filters'>) =>
    JSON.stringify({ sortKeys: rules.sortKeys, filters: rules.filters });
  return canonical(fromOrderingDraft(draft)) === canonical(fromOrderingDraft(toOrderingDraft(saved)));
}

/**
 * The problems the server would refuse, found before saving, keyed by the same paths the server
 * names ('sortKeys.1.field', 'filters.0.values'), so each shows beside its field.
 */
export function findOrderingProblems(draft: OrderingDraft): Record<string, OrderingProblem> {
  const problems: Record<string, OrderingProblem> = {};
  if (draft.sortKeys.length > maxSortKeys) problems.sortKeys = 'tooMany';
  if (draft.filters.length > maxFilters) problems.filters = 'tooMany';
  const seen = new Set<string>();
  draft.sortKeys.forEach((key, i) => {
    const field = wireField(key);
    if (key.field === customChoice && !customFieldKeyPattern.test(key.customKey.trim())) {
      problems[`sortKeys.${i}.field`] = 'customKey';
    } else if (seen.has(field)) problems[`sortKeys.${i}.field`] = 'duplicate';
    seen.add(field);
  });
  fromOrderingDraft(draft).filters.forEach((filter, i) => {
    const row = draft.filters[i];
    if (row?.field === customChoice && !customFieldKeyPattern.test(row.customKey.trim())) {
      problems[`filters.${i}.field`] = 'customKey';
    }
    if (filter.values.length === 0) problems[`filters.${i}.values`] = 'noValues';
    else if (filter.field === 'area_code' && filter.values.some((v) => !/^\d{3}$/.test(v))) {
      problems[`filters.${i}.values`] = 'areaCode';
    }
  });
  return problems;
}

/** The list with the item at `index` moved by `offset` places; unchanged when that leaves the list. */
export function moveItem<T>(items: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  const item = items[index];
  if (item === undefined || target < 0 || target >= items.length) return [...items];
  const rest = items.filter((_, i) => i !== index);
  return [...rest.slice(0, target), item, ...rest.slice(target)];
}

/** The server's field path without the part that names the request body ('body.sortKeys.0.field'). */
export function serverFieldPath(field: string | undefined): string | null {
  if (!field) return null;
  return field
    .replace(/^\//, '')
    .replace(/^body[./]/, '')
    .replaceAll('/', '.');
}

/** The message for a path, from an exact match or from a deeper one ('filters.0.values.2'). */
export function messageAt<T>(messages: Readonly<Record<string, T>>, path: string): T | undefined {
  if (messages[path] !== undefined) return messages[path];
  const deeper = Object.keys(messages).find((key) => key.startsWith(`${path}.`));
  return deeper === undefined ? undefined : messages[deeper];
}
