import { describe, expect, it } from 'vitest';
import { homePathFor, safeRedirect } from './home-path.ts';

describe('homePathFor', () => {
  it.each([
    ['setter', '/call'],
    ['rep', '/agenda'],
    ['manager', '/dashboard'],
    ['admin', '/dashboard'],
  ] as const)('a %s starts on %s', (role, path) => {
    expect(homePathFor(role)).toBe(path);
  });
});

describe('safeRedirect', () => {
  it.each([
    ['a same-origin path is kept', '/agenda/4?x=1', '/agenda/4?x=1'],
    ['a protocol-relative URL to another site is refused', '//evil.test/login', null],
    ['an absolute URL is refused', 'https://evil.test', null],
    ['nothing stays nothing', null, null],
  ])('%s', (_title, value, expected) => {
    expect(safeRedirect(value)).toBe(expected);
  });
});
