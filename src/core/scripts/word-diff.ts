/** One run of a word diff: kept in both texts, only in the right one (added) or only in the left (removed). */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Words and the whitespace between them, each its own token, so a changed line break shows too. */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * The changes from `left` to `right`, word by word: a longest common subsequence of their word and
 * whitespace tokens (Myers' O((N+M)·D) algorithm in linear space), so a reviewer sees which words
 * a setter kept, dropped and added. Joining the `same` and `added` parts gives `right`; the `same`
 * and `removed` parts give `left`. Where a change spans several words, the removed words come
 * first, then the added ones; a lone space between two changes joins them into one change.
 * Past `maxSteps` of work (two long, unrelated texts) the rest is shown as replaced.
 *
 * @example
 * diffWords('Hi Ana, this is Sam', 'Hello Ana, this is Sam')
 * // [{ kind: 'removed', text: 'Hi' }, { kind: 'added', text: 'Hello' }, { kind: 'same', text: ' Ana, this is Sam' }]
 */
export function diffWords(left: string, right: string, maxSteps = 6_000_000): DiffPart[] {
  const leftTokens = wordTokens(left);
  const rightTokens = wordTokens(right);
  const ids = new Map<string, number>();
  const intern = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  const a = Int32Array.from(leftTokens, intern);
  const b = Int32Array.from(rightTokens, intern);
  const raw: DiffPart[] = [];
  const emit = (kind: DiffPart['kind'], tokens: string[], from: number, to: number) => {
    if (from < to) raw.push({ kind, text: tokens.slice(from, to).join('') });
  };
  const budget = { steps: maxSteps };
  // Ranges still to compare, the next one on top: a stack instead of recursion keeps deep splits safe.
  const ranges: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  for (let range = ranges.pop(); range !== undefined; range = ranges.pop()) {
    let [aLo, aHi, bLo, bHi] = range;
    const prefixStart = aLo;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
      aLo++;
      bLo++;
    }
    emit('same', leftTokens, prefixStart, aLo);
    let suffix = 0;
    while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - suffix - 1] === b[bHi - suffix - 1]) suffix++;
    const split =
      aLo < aHi - suffix && bLo < bHi - suffix
        ? middleSnake(a, aLo, aHi - suffix, b, bLo, bHi - suffix, budget)
        : null;
    // A split at either corner would not make the problem smaller: show the range as replaced.
    const useless =
      split !== null && ((split.x === aLo && split.y === bLo) || (split.x === aHi && split.y === bHi));
    if (split === null || useless) {
      emit('removed', leftTokens, aLo, aHi - suffix);
      emit('added', rightTokens, bLo, bHi - suffix);
      emit('same', leftTokens, aHi - suffix, aHi);
      continue;
    }
    // The suffix is common to both: it follows the second half, so it is compared (and emitted) last.
    ranges.push([split.x, aHi, split.y, bHi], [aLo, split.x, bLo, split.y]);
  }
  return tidy(raw);
}

/**
 * Where a shortest edit script of a[aLo, aHi) → b[bLo, bHi) crosses its middle (Myers 1986, as in
 * diff-match-patch's bisect); null when there is nothing in common or the budget ran out.
 */
function middleSnake(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  budget: { steps: number },
): { x: number; y: number } | null {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  const forward = new Int32Array(2 * maxD + 2).fill(-1);
  const backward = new Int32Array(2 * maxD + 2).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  const delta = n - m;
  const checkForward = delta % 2 !== 0;
  const edges = { fStart: 0, fEnd: 0, bStart: 0, bEnd: 0 };
  for (let d = 0; d < maxD; d++) {
    budget.steps -= 2 * d + 1;
    if (budget.steps < 0) return null;
    for (let k = -d + edges.fStart; k <= d - edges.fEnd; k += 2) {
      const i = offset + k;
      let x =
        k === -d || (k !== d && cell(forward, i - 1) < cell(forward, i + 1))
          ? cell(forward, i + 1)
          : cell(forward, i - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      forward[i] = x;
      if (x > n) edges.fEnd += 2;
      else if (y > m) edges.fStart += 2;
      else if (checkForward) {
        const other = offset + delta - k;
        if (
          other >= 0 &&
          other < backward.length &&
          cell(backward, other) !== -1 &&
          x >= n - cell(backward, other)
        )
          return { x: aLo + x, y: bLo + y };
      }
    }
    for (let k = -d + edges.bStart; k <= d - edges.bEnd; k += 2) {
      const i = offset + k;
      let x =
        k === -d || (k !== d && cell(backward, i - 1) < cell(backward, i + 1))
          ? cell(backward, i + 1)
          : cell(backward, i - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[aHi - x - 1] === b[bHi - y - 1]) {
        x++;
        y++;
      }
      backward[i] = x;
      if (x > n) edges.bEnd += 2;
      else if (y > m) edges.bStart += 2;
      else if (!checkForward) {
        const other = offset + delta - k;
        if (other >= 0 && other < forward.length && cell(forward, other) !== -1) {
          const fx = cell(forward, other);
          if (fx >= n - x) return { x: aLo + fx, y: bLo + offset + fx - other };
        }
      }
    }
  }
  return null;
}

/** A cell of a Myers frontier; -1 where no path reached yet. */
const cell = (frontier: Int32Array, index: number): number => frontier[index] ?? -1;

/**
 * Joins neighbouring parts of a kind, lets a lone whitespace between two changes join them, and
 * puts each change's removed text before its added text.
 */
function tidy(raw: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of raw) {
    const last = merged[merged.length - 1];
    if (last?.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed !== '') parts.push({ kind: 'removed', text: removed });
    if (added !== '') parts.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  merged.forEach((part, index) => {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else if ((removed !== '' || added !== '') && /^\s+$/.test(part.text) && index + 1 < merged.length) {
      // Only a space stands between two changes: read as one change, not word-by-word confetti.
      removed += part.text;
      added += part.text;
    } else {
      flush();
      parts.push(part);
    }
  });
  flush();
  return parts;
}
