import type { Temporal } from 'temporal-polyfill';
import type { CallingWindowPolicy } from '../calling-hours/calling-window-policy.ts';
import type { QueueSettings } from '../lead-queue/queue-settings.ts';
import type { RetryPolicy } from '../leads/retry-policy.ts';

export const sortableLeadFields = [
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
/** A lead column, or one of the lead's custom fields (`custom:roof_type`). */
export type SortableLeadField = (typeof sortableLeadFields)[number] | `custom:${string}`;

export interface SortKey {
  field: SortableLeadField;
  direction: 'asc' | 'desc';
}

export const filterableLeadFields = ['state', 'postal_prefix', 'area_code', 'status', 'source'] as const;
/** What a campaign filter looks at: a lead column, a postal-code prefix, or a custom field. */
export type FilterableLeadField = (typeof filterableLeadFields)[number] | `custom:${string}`;

/** Leads whose field is (or is not) one of the values; several filters must all hold. */
export interface LeadFilter {
  field: FilterableLeadField;
  op: 'in' | 'not_in';
  values: string[];
}

/** Custom-field keys are slugs: letters, digits and underscores (they are read inside SQL). */
export const customFieldKeyPattern = /^custom:[A-Za-z0-9_]{1,60}$/;

/** The unit a setter works: which lists, in what order, with which script, form and calling window. */
export interface Campaign {
  id: number;
  clientId: number;
  name: string;
  status: 'active' | 'paused';
  listIds: number[];
  scriptId: number | null;
  qualificationFormId: number | null;
  meetingTypeId: number | null;
  callingWindow: CallingWindowPolicy;
  sortKeys: SortKey[];
  filters: LeadFilter[];
  retryPolicy: RetryPolicy;
  /** How long a skip lasts, when an overdue personal callback passes to anyone. */
  queueSettings: QueueSettings;
  createdAt: Temporal.Instant;
  /** The setters it is assigned to; empty: every setter of its client. */
  setterIds: number[];
  /** Who paused it and when; null while active. */
  paused: { byUserId: number | null; byName: string; at: Temporal.Instant } | null;
}

/** Serve oldest first unless the manager says otherwise. */
export const defaultSortKeys: SortKey[] = [{ field: 'created_at', direction: 'asc' }];
