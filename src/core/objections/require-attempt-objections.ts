import { AppError } from '../shared/app-error.ts';
import type { AttemptObjection, Objection } from './objection.ts';

/**
 * The objections a call names, checked against those found by their ids: each must be the lead's
 * client's (another client's answers like an unknown one) and a response must be one of its own
 * (null: none of the prepared ones). A pair named twice is kept once. Throws VALIDATION naming
 * the entry.
 *
 * @example
 * requireAttemptObjections([{ objectionId: 4, responseId: 'r1' }], found, lead.clientId)
 */
export function requireAttemptObjections(
  requested: readonly AttemptObjection[],
  found: readonly Objection[],
  clientId: number,
): AttemptObjection[] {
  const byId = new Map(found.map((o) => [o.id, o]));
  const seen = new Set<string>();
  const kept: AttemptObjection[] = [];
  for (const [index, item] of requested.entries()) {
    const objection = byId.get(item.objectionId);
    if (!objection || objection.clientId !== clientId) {
      throw new AppError('VALIDATION', {
        message: 'This objection is not in the client’s library',
        field: `objections.${index}.objectionId`,
      });
    }
    if (item.responseId !== null && !objection.responses.some((r) => r.id === item.responseId)) {
      throw new AppError('VALIDATION', {
        message: `This response is not one of the responses to “${objection.title}”`,
        field: `objections.${index}.responseId`,
      });
    }
    const key = `${item.objectionId}:${item.responseId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ objectionId: item.objectionId, responseId: item.responseId });
  }
  return kept;
}
