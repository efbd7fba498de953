import type { Temporal } from 'temporal-polyfill';
import type { DncEntry, DncFlagging, DncList, DncScope } from './dnc.ts';

export interface NewDncList {
  scope: DncScope;
  source: string;
  listDate: string;
  fileName: string | null;
  createdByUserId: number;
  now: Temporal.Instant;
}

export interface NewDncEntries {
  scope: DncScope;
  source: string;
  listId: number | null;
  createdByUserId: number;
  now: Temporal.Instant;
}

/** The writes of one do-not-call change, all inside one transaction. */
export interface DncWriter {
  /** The list row, its entry count set by `setEntryCount` once its numbers are in. */
  insertList(list: NewDncList): Promise<DncList>;
  setEntryCount(listId: number, entryCount: number): Promise<DncList>;
  /** Inserts one entry per number, in chunks; the caller passes each number once. */
  insertEntries(entries: NewDncEntries, phones: Iterable<string>): Promise<void>;
  insertEntry(entry: NewDncEntries, phone: string): Promise<DncEntry>;
  /** An entry of exactly this scope (not a wider or narrower one) holding the number. */
  findEntry(scope: DncScope, phone: string): Promise<DncEntry | undefined>;
  /**
   * Every lead in scope whose primary or any other phone is one of the numbers, and not already
   * 'dnc', gets the status 'dnc': its lease and pending callbacks are released and a lead event
   * records who, when and from where. Answers how many leads changed.
   */
  flagLeads(scope: DncScope, phones: ReadonlySet<string>, flagging: DncFlagging): Promise<number>;
}

export interface DncStore {
  transaction<T>(work: (writer: DncWriter) => Promise<T>): Promise<T>;
  /** Lists of the client and of the whole organization, newest first. */
  listsFor(organizationId: number, clientId: number): Promise<DncList[]>;
  /** Entries of the client or of the whole organization holding the number, oldest first. */
  entriesFor(organizationId: number, clientId: number, phone: string): Promise<DncEntry[]>;
  /** The countries of the organization's clients, for numbers without a country code. */
  clientCountries(organizationId: number, clientId: number | null): Promise<string[]>;
}
