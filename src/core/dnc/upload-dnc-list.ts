import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import { createPhoneNormalizer } from '../lead-intake/phone.ts';
import type { RowError } from '../lead-intake/prepare-lead-row.ts';
import type { DncList } from './dnc.ts';
import { collectDncNumbers, type DncSheet } from './dnc-file.ts';
import { type DncScopeRequest, dncPhoneCountry, requireDncScope } from './dnc-scope.ts';
import type { DncStore } from './dnc-store.ts';

export interface DncUploadInput {
  scope: DncScopeRequest;
  source: string;
  /** ISO date the list was issued. */
  listDate: string;
  fileName: string | null;
  sheet: DncSheet;
}

export interface DncUploadOutcome {
  list: DncList;
  rows: number;
  /** Distinct valid numbers added. */
  entries: number;
  invalid: number;
  leadsFlagged: number;
  errors: RowError[];
}

/**
 * Stores a do-not-call list and applies it at once: the file is read in one streaming pass
 * (each valid number kept once, each bad row reported with its row number), then the list, its
 * entries and the do-not-call status of every matching lead in scope are written in a single
 * transaction, so no setter is ever served a listed lead between the two.
 */
export async function uploadDncList(
  store: DncStore,
  actor: Actor,
  input: DncUploadInput,
  now: Temporal.Instant,
): Promise<DncUploadOutcome> {
  const scope = requireDncScope(actor, input.scope);
  const country = dncPhoneCountry(await store.clientCountries(scope.organizationId, scope.clientId));
  const numbers = await collectDncNumbers(input.sheet, country, createPhoneNormalizer());
  return store.transaction(async (writer) => {
    const created = await writer.insertList({
      scope,
      source: input.source,
      listDate: input.listDate,
      fileName: input.fileName,
      createdByUserId: actor.userId,
      now,
    });
    const by = { scope, source: input.source, listId: created.id, createdByUserId: actor.userId, now };
    await writer.insertEntries(by, numbers.phones);
    const list = await writer.setEntryCount(created.id, numbers.phones.size);
    const leadsFlagged = await writer.flagLeads(scope, numbers.phones, {
      actorUserId: actor.userId,
      source: input.source,
      listId: created.id,
      now,
    });
    return {
      list,
      rows: numbers.rows,
      entries: numbers.phones.size,
      invalid: numbers.invalid,
      leadsFlagged,
      errors: numbers.errors,
    };
  });
}
