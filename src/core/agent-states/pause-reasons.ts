import { pauseReasonKeyPattern } from '../../contracts/agent-states.ts';

/** A reason a setter pauses for; `label` null: the product's own wording in the reader's language. */
export interface PauseReason {
  key: string;
  label: string | null;
  active: boolean;
}

/** The reasons every organization starts with, until a manager edits the list. */
export const defaultPauseReasonKeys = [
  'break',
  'lunch',
  'training',
  'coaching',
  'meeting',
  'technical_problem',
] as const;

export const defaultPauseReasons: readonly PauseReason[] = defaultPauseReasonKeys.map((key) => ({
  key,
  label: null,
  active: true,
}));

export { pauseReasonKeyPattern };

/**
 * The problem with a list of reasons a manager saves, or null: keys well-formed and unique, at
 * least one active, a custom reason named.
 *
 * @example
 * pauseReasonsProblem([{ key: 'break', label: null, active: true }]) // null
 * pauseReasonsProblem([{ key: 'smoke', label: null, active: true }]) // { index: 0, field: 'label', … }
 */
export function pauseReasonsProblem(
  reasons: readonly PauseReason[],
): { index: number; field: 'key' | 'label' | 'active'; message: string } | null {
  const seen = new Set<string>();
  const known = new Set<string>(defaultPauseReasonKeys);
  for (const [index, reason] of reasons.entries()) {
    if (!pauseReasonKeyPattern.test(reason.key))
      return { index, field: 'key', message: 'A key is lower-case letters, digits and _' };
    if (seen.has(reason.key))
      return { index, field: 'key', message: `The key ${reason.key} is listed twice` };
    seen.add(reason.key);
    if (!known.has(reason.key) && !reason.label?.trim())
      return { index, field: 'label', message: 'A reason of your own needs a name' };
  }
  if (!reasons.some((r) => r.active)) return { index: 0, field: 'active', message: 'Keep one reason active' };
  return null;
}
