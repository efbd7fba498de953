/**
 * A prefix search as a range an ordinary B-tree index serves: every text starting with `from`
 * sorts at or after `from` and before `before` (null: no upper end).
 */
export interface PrefixRange {
  from: string;
  before: string | null;
}

/**
 * The range of E.164 numbers starting with the prefix. The end is the prefix's digits plus one
 * (carried: '+1219' → '+122'), so it holds in any collation, which orders '+' and digits alike.
 *
 * @example
 * phonePrefixRange('+1212555') // { from: '+1212555', before: '+1212556' }
 * phonePrefixRange('+99') // { from: '+99', before: null }
 */
export function phonePrefixRange(prefix: string): PrefixRange {
  const digits = prefix.replace(/^\+/, '');
  let end = digits.replace(/9+$/, '');
  if (end === '') return { from: prefix, before: null };
  end = `${end.slice(0, -1)}${Number(end.at(-1)) + 1}`;
  return { from: prefix, before: `+${end}` };
}

/**
 * A character above every other in code-point (UTF-8 byte) order: a text that starts with `p`
 * sorts before `p + prefixRangeEnd`, so `[p, p + prefixRangeEnd)` is the prefix as a range. The
 * database appends it to the prefix after folding the prefix's case with the very function its
 * index uses (SQLite's lower() folds ASCII only, PostgreSQL's follows the database's locale).
 *
 * @example
 * // lower(first_name) >= lower('Jo') and lower(first_name) < lower('Jo') || prefixRangeEnd
 */
export const prefixRangeEnd = String.fromCodePoint(0x10ffff);
