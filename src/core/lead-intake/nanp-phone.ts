import { Metadata } from 'libphonenumber-js/max';
import { compileDigitPattern, type DigitAutomaton, type DigitState } from './digit-pattern.ts';

/**
 * How a North American (+1) number was written: '3035550123' (national), '13035550123' (with the
 * trunk prefix 1) or '+13035550123' (international).
 */
export type NanpForm = 'national' | 'trunk' | 'international';

export interface NanpDigits {
  form: NanpForm;
  /** The ten digits after the country code: area code, exchange, line. */
  national: string;
}

/** Longer cells go to the full parser: the fast path reads only the plain shapes below. */
const maxFastLength = 64;
/** An extension after the number, which the number's outcome ignores: 'ext. 12', 'x12', '#12'. */
const extensionTail = /^(?:ext\.? ?|x ?|# ?)\d{1,6}$/i;

/**
 * The national digits of a +1 number written in a plain shape: digits grouped by spaces, dashes,
 * dots or parentheses, '+1' or '1' in front or not, an optional extension. Anything else is
 * undefined and left to the full parser, as are national and trunk forms when the cell is not
 * read as a North American one (`nationalAllowed`) and area codes starting with 0 or 1.
 *
 * @example
 * readNanpDigits('(303) 555-0123', true) // { form: 'national', national: '3035550123' }
 * readNanpDigits('+1 303 555 0123', false) // { form: 'international', national: '3035550123' }
 * readNanpDigits('1-303-555-0123', false) // undefined
 */
export function readNanpDigits(text: string, nationalAllowed: boolean): NanpDigits | undefined {
  if (text.length > maxFastLength) return undefined;
  const plus = text.charCodeAt(0) === 43;
  let digits = '';
  let at = plus ? 1 : 0;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      if (digits.length === 11) return undefined;
      digits += text[at];
    } else if (code !== 32 && code !== 45 && code !== 46 && code !== 40 && code !== 41) break;
  }
  if (at < text.length && !extensionTail.test(text.slice(at))) return undefined;
  const form: NanpForm | undefined =
    digits.length === 10 ? 'national' : digits.length === 11 && digits[0] === '1' ? 'trunk' : undefined;
  if (form === undefined || (plus ? form !== 'trunk' : !nationalAllowed)) return undefined;
  const national = form === 'trunk' ? digits.slice(1) : digits;
  if (national.charCodeAt(0) < 50) return undefined;
  return { form: plus ? 'international' : form, national };
}

const numberTypes = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

/** The parts of libphonenumber's metadata reader that its type declarations leave out. */
interface MetadataReader {
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  selectNumberingPlan(country: string): void;
  numberingPlan?: {
    leadingDigits(): string | undefined;
    nationalNumberPattern(): string;
    type(type: string): { pattern(): string } | undefined;
  };
}

/**
 * Every pattern the library consults for a ten-digit +1 number: each NANP country's national
 * number pattern, number-type patterns and leading digits. The library's answer (valid or not,
 * type, country) depends on the digits only through these matches, as the length is fixed.
 */
function nanpPatterns(): DigitAutomaton[] {
  const metadata = new Metadata() as unknown as MetadataReader;
  const sources = new Map<string, DigitAutomaton>();
  const add = (source: string | undefined, mode: 'whole' | 'prefix') => {
    const key = `${mode}:${source}`;
    if (source && !sources.has(key)) sources.set(key, compileDigitPattern(source, mode));
  };
  const countries = metadata.getCountryCodesForCallingCode('1') ?? [];
  for (const country of countries) {
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan;
    if (!plan) throw new Error(`No numbering plan for ${country}`);
    add(plan.nationalNumberPattern(), 'whole');
    add(plan.leadingDigits(), 'prefix');
    for (const type of numberTypes) add(plan.type(type)?.pattern(), 'whole');
  }
  if (countries.length === 0) throw new Error('No countries share +1');
  return [...sources.values()];
}

interface PrefixNode<T> {
  /** Each pattern's automaton state after this prefix, until the prefix decides every pattern. */
  states: DigitState[] | undefined;
  children: (PrefixNode<T> | undefined)[];
  /** Once decided: outcomes of numbers starting with this prefix, by how they were read. */
  outcomes: Map<string, T>;
}

export interface NanpPrefixTable<T> {
  /**
   * The outcomes cached for the shortest prefix of `national` (ten digits) that decides every
   * pattern: all numbers under it have the same outcome for the same form and default country.
   */
  outcomesFor(national: string): Map<string, T>;
}

/**
 * A trie of national-number prefixes, grown on demand, that stops at the first digit where every
 * metadata pattern either matches all completions or none. With the metadata of libphonenumber-js
 * 1.12, 98.6% of numbers are decided by their first four digits at most, the rest by five to seven
 * (special exchanges such as 305-209). undefined when the installed metadata uses
 * pattern syntax the automata do not read.
 */
export function createNanpPrefixTable<T>(): NanpPrefixTable<T> | undefined {
  let automata: DigitAutomaton[];
  try {
    automata = nanpPatterns();
  } catch {
    return undefined;
  }
  const node = (states: DigitState[], depth: number): PrefixNode<T> => {
    const remaining = 10 - depth;
    const decided = states.every((state, i) => automata[i]?.verdict(state, remaining) !== 'some');
    return { states: decided ? undefined : states, children: [], outcomes: new Map() };
  };
  const root = node(
    automata.map((automaton) => automaton.start),
    0,
  );
  return {
    outcomesFor(national) {
      let current = root;
      for (let depth = 0; current.states !== undefined; depth++) {
        const digit = national.charCodeAt(depth) - 48;
        let child = current.children[digit];
        if (!child) {
          const states = current.states;
          child = node(
            states.map((state, i) => automata[i]?.step(state, digit) ?? state),
            depth + 1,
          );
          current.children[digit] = child;
        }
        current = child;
      }
      return current.outcomes;
    },
  };
}
