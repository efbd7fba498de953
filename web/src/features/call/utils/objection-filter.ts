import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { searchObjections } from '../../../../../src/core/objections/search-objections.ts';

/**
 * The active objections a setter's search finds, best first, by the library's own ranking (a
 * title word beats a keyword, a keyword a response; case and accents ignored). An empty search
 * lists the library in its order.
 *
 * @example
 * filterObjections(library, 'exp') // "Too expensive" before an objection whose answer mentions "expert"
 */
export function filterObjections(objections: readonly ObjectionDto[], query: string): ObjectionDto[] {
  return searchObjections(
    objections.filter((objection) => objection.active),
    query,
  );
}

/** The objections marked in this call: one entry per objection, the response used last wins. */
export function markObjection<T extends { objectionId: number; responseId: string | null }>(
  marked: readonly T[],
  mark: T,
): T[] {
  return [...marked.filter((entry) => entry.objectionId !== mark.objectionId), mark];
}
