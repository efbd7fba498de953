/**
 * Phone-number metadata patterns (libphonenumber's national-number, type and leading-digit
 * regexes) as automata over the ten digits. They answer a question a regex cannot: for a prefix
 * of a fixed-length number, do all completions match, none, or some? A number whose prefix gives
 * 'all' or 'none' for every pattern has an outcome that no later digit can change.
 *
 * Only the syntax the metadata uses is read: digits, `\d`, `[…]` classes with ranges, `(?:…)`,
 * `(…)`, `|` and the quantifiers `? * + {n} {n,} {n,m}`. Anything else throws, and the caller
 * then keeps to the full library.
 */

/** Whether every completion of a prefix matches, none does, or it depends on the digits left. */
export type PrefixVerdict = 'all' | 'none' | 'some';

/** A deterministic automaton state, expanded lazily; shared by every prefix that reaches it. */
export interface DigitState {
  readonly accepting: boolean;
  /** Next states by digit, filled on first use. */
  readonly next: (DigitState | undefined)[];
  /** Verdicts by the number of digits still to come, filled on first use. */
  readonly verdicts: (PrefixVerdict | undefined)[];
  readonly nfaStates: readonly number[];
}

export interface DigitAutomaton {
  readonly start: DigitState;
  step(state: DigitState, digit: number): DigitState;
  /** Whether all, none or some of the `remaining`-digit completions after `state` match. */
  verdict(state: DigitState, remaining: number): PrefixVerdict;
}

type Node =
  | { kind: 'class'; mask: number }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; items: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number };

const anyDigit = 0b11_1111_1111;

/**
 * Compiles a metadata pattern. 'whole' matches the entire number (libphonenumber's
 * `matchesEntirely`); 'prefix' matches its start only (leading-digit patterns).
 *
 * @example
 * const toll = compileDigitPattern('8(?:00|33|44|55|66|77|88)[2-9]\\d{6}', 'whole');
 * toll.verdict(toll.step(toll.step(toll.step(toll.start, 8), 0), 0), 7) // 'some' (the 4th digit decides)
 */
export function compileDigitPattern(source: string, mode: 'whole' | 'prefix'): DigitAutomaton {
  const parsed = parsePattern(source);
  const tree: Node =
    mode === 'prefix'
      ? {
          kind: 'seq',
          items: [parsed, { kind: 'repeat', item: { kind: 'class', mask: anyDigit }, min: 0, max: Infinity }],
        }
      : parsed;
  return buildAutomaton(tree);
}

function parsePattern(source: string): Node {
  let at = 0;
  const fail = (): never => {
    throw new Error(`Unsupported phone pattern syntax at ${at}: ${source}`);
  };
  const peek = () => source[at];
  const number = (): number => {
    const digits = /^\d+/.exec(source.slice(at))?.[0] ?? fail();
    at += digits.length;
    return Number(digits);
  };
  const alternation = (): Node => {
    const items = [sequence()];
    while (peek() === '|') {
      at++;
      items.push(sequence());
    }
    return items.length === 1 ? (items[0] ?? fail()) : { kind: 'alt', items };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (at < source.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return { kind: 'seq', items };
  };
  const digitClass = (char: string | undefined): number => {
    if (char !== undefined && /^\d$/.test(char)) return 1 << Number(char);
    return char === '\\' && source[at++] === 'd' ? anyDigit : fail();
  };
  const atom = (): Node => {
    const char = source[at++];
    if (char === '[') return characterClass();
    if (char !== '(') return { kind: 'class', mask: digitClass(char) };
    if (source.startsWith('?:', at)) at += 2;
    const inner = alternation();
    if (source[at++] !== ')') fail();
    return inner;
  };
  const characterClass = (): Node => {
    let mask = 0;
    while (peek() !== ']') {
      if (at >= source.length) fail();
      const first = source[at++];
      if (peek() !== '-' || first === '\\') {
        mask |= digitClass(first);
        continue;
      }
      at++;
      const last = source[at++];
      if (!/^\d$/.test(first ?? '') || !/^\d$/.test(last ?? '')) fail();
      for (let d = Number(first); d <= Number(last); d++) mask |= 1 << d;
    }
    at++;
    return { kind: 'class', mask };
  };
  const quantified = (item: Node): Node => {
    const char = peek();
    if (char === '?' || char === '*' || char === '+') {
      at++;
      return { kind: 'repeat', item, min: char === '+' ? 1 : 0, max: char === '?' ? 1 : Infinity };
    }
    if (char !== '{') return item;
    at++;
    const min = number();
    const max = peek() === ',' ? (source[++at] === '}' ? Infinity : number()) : min;
    if (source[at++] !== '}') fail();
    return { kind: 'repeat', item, min, max };
  };
  const tree = alternation();
  if (at !== source.length) fail();
  return tree;
}

interface Nfa {
  /** Per state: the digits it accepts as a bit mask; -1 for a split (epsilon) state. */
  masks: number[];
  targets: number[][];
  start: number;
  accept: number;
}

/** Thompson construction: each state tests a digit mask, splits (epsilon) or accepts. */
function buildNfa(tree: Node): Nfa {
  const masks: number[] = [];
  const targets: number[][] = [];
  const add = (mask: number, next: number[]): number => {
    masks.push(mask);
    targets.push(next);
    return masks.length - 1;
  };
  const split = (next: number[]) => add(-1, next);
  const accept = add(0, []);

  const compile = (node: Node, next: number): number => {
    if (node.kind === 'class') return add(node.mask, [next]);
    if (node.kind === 'seq') return node.items.reduceRight((after, item) => compile(item, after), next);
    if (node.kind === 'alt') return split(node.items.map((item) => compile(item, next)));
    let after = next;
    if (node.max === Infinity) {
      const loop = split([]);
      targets[loop] = [compile(node.item, loop), next];
      after = loop;
    } else {
      for (let i = node.min; i < node.max; i++) after = split([compile(node.item, after), next]);
    }
    for (let i = 0; i < node.min; i++) after = compile(node.item, after);
    return after;
  };
  return { masks, targets, start: compile(tree, accept), accept };
}

/** Subset construction on demand: a deterministic state is the set of NFA states it stands for. */
function buildAutomaton(tree: Node): DigitAutomaton {
  const { masks, targets, start, accept } = buildNfa(tree);
  const states = new Map<string, DigitState>();
  const stateOf = (seeds: number[]): DigitState => {
    const closure = new Set<number>();
    const visit = (id: number) => {
      if (closure.has(id)) return;
      closure.add(id);
      if (masks[id] === -1) for (const target of targets[id] ?? []) visit(target);
    };
    for (const seed of seeds) visit(seed);
    const nfaStates = [...closure].filter((id) => masks[id] !== -1).sort((a, b) => a - b);
    const key = nfaStates.join(',');
    let state = states.get(key);
    if (!state) {
      state = { accepting: closure.has(accept), next: [], verdicts: [], nfaStates };
      states.set(key, state);
    }
    return state;
  };

  const step = (state: DigitState, digit: number): DigitState => {
    let next = state.next[digit];
    if (!next) {
      const bit = 1 << digit;
      next = stateOf(
        state.nfaStates.filter((id) => ((masks[id] ?? 0) & bit) !== 0).flatMap((id) => targets[id] ?? []),
      );
      state.next[digit] = next;
    }
    return next;
  };

  const verdict = (state: DigitState, remaining: number): PrefixVerdict => {
    const known = state.verdicts[remaining];
    if (known) return known;
    let result: PrefixVerdict;
    if (remaining === 0) result = state.accepting ? 'all' : 'none';
    else if (state.nfaStates.length === 0) result = 'none';
    else {
      const first = verdict(step(state, 0), remaining - 1);
      result = first;
      for (let digit = 1; digit <= 9 && result !== 'some'; digit++) {
        if (verdict(step(state, digit), remaining - 1) !== first) result = 'some';
      }
    }
    state.verdicts[remaining] = result;
    return result;
  };

  return { start: stateOf([start]), step, verdict };
}
