import type { Temporal } from 'temporal-polyfill';
import type { CallingWindowPolicy } from '../calling-hours/calling-window-policy.ts';

export const sortableLeadFields = [
  'area_code',
  'postal_code',
  'state',
  'score',
  'source',
  'created_at',
  'random',
] as const;
export type SortableLeadField = (typeof sortableLeadFields)[number];

export interface SortKey {
  field: SortableLeadField;
  direction: 'asc' | 'desc';
}

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
  createdAt: Temporal.Instant;
}

/** Serve oldest first unless the manager says otherwise. */
export const defaultSortKeys: SortKey[] = [{ field: 'created_at', direction: 'asc' }];
