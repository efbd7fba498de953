import fc from 'fast-check';
import { Metadata } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { compileDigitPattern, type DigitAutomaton, type PrefixVerdict } from './digit-pattern.ts';

function accepts(automaton: DigitAutomaton, digits: string): boolean {
  let state = automaton.start;
  for (const char of digits) state = automaton.step(state, Number(char));
  return automaton.verdict(state, 0) === 'all';
}

function verdictAfter(automaton: DigitAutomaton, prefix: string, remaining: number): PrefixVerdict {
  let state = automaton.start;
  for (const char of prefix) state = automaton.step(state, Number(char));
  return automaton.verdict(state, remaining);
}

/** The +1 patterns of the installed metadata, read through the library's own metadata class. */
function nanpSources(): string[] {
  const metadata = new Metadata() as unknown as {
    getCountryCodesForCallingCode(code: string): string[];
    selectNumberingPlan(country: string): void;
    numberingPlan: { nationalNumberPattern(): string; type(t: string): { pattern(): string } | undefined };
  };
  return metadata.getCountryCodesForCallingCode('1').flatMap((country) => {
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan;
    const types = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'VOIP', 'PERSONAL_NUMBER', 'UAN'];
    return [plan.nationalNumberPattern(), ...types.map((t) => plan.type(t)?.pattern() ?? '')].filter(Boolean);
  });
}

/** Random numbers, and numbers in the area codes whose patterns go deepest (Caribbean, Miami). */
const tenDigits = fc.oneof(
  fc.stringMatching(/^\d{10}$/),
  fc
    .tuple(
      fc.constantFrom(
        '242',
        '246',
        '268',
        '305',
        '345',
        '441',
        '658',
        '670',
        '671',
        '684',
        '767',
        '809',
        '876',
      ),
      fc.stringMatching(/^\d{7}$/),
    )
    .map(([area, rest]) => area + rest),
);

describe('compileDigitPattern', () => {
  it.each([
    ['8(?:00|33|44)[2-9]\\d{6}', '8005551234', true],
    ['8(?:00|33|44)[2-9]\\d{6}', '8015551234', false],
    ['8(?:00|33|44)[2-9]\\d{6}', '800155123', false],
    ['(?:268|[58]\\d\\d|900)\\d{7}', '2681234567', true],
    ['3\\d{6}|[2-9]\\d{9}', '3123456', true],
    ['1?\\d{2,3}', '123', true],
    ['1?\\d{2,3}', '12345', false],
    ['(?:12)+', '121212', true],
    ['(?:12)*3', '3', true],
  ])('%s matches %s: %s', (source, digits, expected) => {
    expect(accepts(compileDigitPattern(source, 'whole'), digits)).toBe(expected);
  });

  it('every +1 metadata pattern agrees with the regular expression on 10-digit numbers (property)', () => {
    const compiled = [...new Set(nanpSources())].map((source) => ({
      automaton: compileDigitPattern(source, 'whole'),
      regex: new RegExp(`^(?:${source})$`),
    }));
    fc.assert(
      fc.property(tenDigits, (digits) =>
        compiled.every(({ automaton, regex }) => accepts(automaton, digits) === regex.test(digits)),
      ),
      { numRuns: 2000 },
    );
  });

  it('a leading-digits pattern matches numbers that start with it, whatever follows', () => {
    const leading = compileDigitPattern('8001|8[024]9', 'prefix');
    expect(verdictAfter(leading, '8001', 6)).toBe('all');
    expect(verdictAfter(leading, '829', 7)).toBe('all');
    expect(verdictAfter(leading, '80', 8)).toBe('some');
    expect(verdictAfter(leading, '83', 8)).toBe('none');
  });

  it('the verdict of a prefix matches brute force over every completion', () => {
    const source = '30(?:52(?:0[0-8]|[1-9]\\d)|5[3-9]\\d)\\d{2}|[2-9]\\d{6}';
    const automaton = compileDigitPattern(source, 'whole');
    const regex = new RegExp(`^(?:${source})$`);
    for (const prefix of ['30', '305', '3052', '30520', '30529', '3053', '17', '70']) {
      const remaining = 7 - prefix.length;
      const matches = Array.from({ length: 10 ** remaining }, (_, n) =>
        regex.test(prefix + String(n).padStart(remaining, '0')),
      );
      const expected = matches.every(Boolean) ? 'all' : matches.some(Boolean) ? 'some' : 'none';
      expect([prefix, verdictAfter(automaton, prefix, remaining)]).toEqual([prefix, expected]);
    }
  });

  it.each([['(?=1)\\d'], ['[^1]'], ['\\w'], ['1{2']])('refuses syntax it does not read: %s', (source) => {
    expect(() => compileDigitPattern(source, 'whole')).toThrow(/Unsupported/);
  });
});
