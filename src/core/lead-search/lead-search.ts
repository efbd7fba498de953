import type { LeadStatus } from '../leads/lead.ts';

/** The lead columns a typed text is matched against from their start. */
export const nameSearchFields = ['first_name', 'last_name', 'company', 'email'] as const;
export type NameSearchField = (typeof nameSearchFields)[number];

/**
 * One index range to read, in the given clients: a phone prefix (E.164), or a name-like prefix
 * (case-insensitive) optionally narrowed by a second field's prefix ("john smi").
 */
export type LeadSearchTerm =
  | { kind: 'phone'; clientIds: readonly number[]; prefix: string }
  | {
      kind: 'text';
      clientIds: readonly number[];
      field: NameSearchField;
      prefix: string;
      and: { field: NameSearchField; prefix: string } | null;
    };

export interface LeadSearchPlan {
  /** The digits typed, when the text reads as a phone number. */
  digits: string | null;
  terms: LeadSearchTerm[];
}

/** A lead a term found, and which field it matched. */
export interface LeadSearchHit {
  id: number;
  clientId: number;
  clientName: string;
  firstName: string;
  lastName: string;
  company: string | null;
  phone: string;
  email: string | null;
  status: LeadStatus;
  matched: 'phone' | NameSearchField;
}

export const leadSearchLimit = 10;
