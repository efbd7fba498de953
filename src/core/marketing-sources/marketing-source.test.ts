import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MarketingSource, matchSources, sourceCodeKey } from './marketing-source.ts';

const source = (id: number, code: string, label = code, active = true): MarketingSource => ({
  id,
  clientId: 1,
  code,
  label,
  kind: 'mailer',
  active,
});

const spring = source(1, 'SPRING-24', 'Spring mailer 2024');
const springer = source(2, 'SPRING-240', 'Spring postcard');
const coupon = source(3, 'SAVE10', 'Coupon in the Sunday paper');
const retired = source(4, 'SPRING-23', 'Last spring', false);
const serbian = source(5, 'ПРОЛЕЋЕ', 'Пролећни летак');
const all = [coupon, springer, spring, retired, serbian];

describe('sourceCodeKey', () => {
  it('ignores case, spacing, dashes and dots', () => {
    expect(sourceCodeKey(' Spring-24 ')).toBe('spring24');
    expect(sourceCodeKey('spring 24')).toBe('spring24');
    expect(sourceCodeKey('SPRING.24')).toBe('spring24');
  });

  it('reads Cyrillic and Latin codes alike', () => {
    expect(sourceCodeKey('ПРОЛЕЋЕ')).toBe(sourceCodeKey('proleće'));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (code) => sourceCodeKey(sourceCodeKey(code)) === sourceCodeKey(code)));
  });
});

describe('matchSources', () => {
  it('puts the exact code first, then codes that start with it', () => {
    expect(matchSources(all, 'spring 24').map((s) => s.id)).toEqual([1, 2]);
  });

  it('finds a source by words of its label', () => {
    expect(matchSources(all, 'sunday paper').map((s) => s.id)).toEqual([3]);
  });

  it('never offers a retired source', () => {
    expect(matchSources(all, 'spring-23')).toEqual([]);
    expect(matchSources(all, '').map((s) => s.id)).not.toContain(4);
  });

  it('matches a Cyrillic code typed in Latin', () => {
    expect(matchSources(all, 'prolece').map((s) => s.id)).toEqual([5]);
  });

  it('offers only active sources and each at most once, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        const found = matchSources(all, typed);
        expect(found.every((s) => s.active)).toBe(true);
        expect(new Set(found.map((s) => s.id)).size).toBe(found.length);
      }),
    );
  });
});
