/** Outcomes a caller must branch on are values, not exceptions. */
export type Result<T, E extends string = string> =
  | { ok: true; value: T }
  | { ok: false; error: { code: E; message: string } };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E extends string>(
  code: E,
  message: string,
): { ok: false; error: { code: E; message: string } } => ({
  ok: false,
  error: { code, message },
});
