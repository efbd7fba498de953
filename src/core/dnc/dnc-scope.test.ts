import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import type { Role } from '../leads/lead.ts';
import { AppError } from '../shared/app-error.ts';
import { type DncScopeRequest, dncPhoneCountry, requireDncScope, scopeRequestOf } from './dnc-scope.ts';

const actor = (role: Role, clientIds: number[] = [3, 4]): Actor => ({
  userId: 7,
  organizationId: 1,
  role,
  name: 'Someone',
  email: 'someone@example.test',
  timeZone: 'America/New_York',
  locale: 'en',
  clientIds,
});

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
};

describe('requireDncScope', () => {
  const cases: [string, Role, DncScopeRequest, string | { clientId: number | null }][] = [
    ['a manager writes for an assigned client', 'manager', { scope: 'client', clientId: 3 }, { clientId: 3 }],
    ['an admin writes for a client', 'admin', { scope: 'client', clientId: 4 }, { clientId: 4 }],
    ['an admin writes for the whole organization', 'admin', { scope: 'organization' }, { clientId: null }],
    [
      'a manager may not write organization-wide (FORBIDDEN)',
      'manager',
      { scope: 'organization' },
      'FORBIDDEN',
    ],
    [
      'another client is NOT_FOUND, never FORBIDDEN',
      'manager',
      { scope: 'client', clientId: 9 },
      'NOT_FOUND',
    ],
    ['a setter may not write at all', 'setter', { scope: 'client', clientId: 3 }, 'FORBIDDEN'],
    ['a rep may not write at all', 'rep', { scope: 'client', clientId: 3 }, 'FORBIDDEN'],
    ['the client scope without a client is VALIDATION', 'admin', { scope: 'client' }, 'VALIDATION'],
    [
      'an organization scope naming a client is VALIDATION (ambiguous)',
      'admin',
      { scope: 'organization', clientId: 3 },
      'VALIDATION',
    ],
  ];
  it.each(cases)('%s', (_title, role, request, expected) => {
    if (typeof expected === 'string') {
      expect(codeOf(() => requireDncScope(actor(role), request))).toBe(expected);
    } else {
      expect(requireDncScope(actor(role), request)).toEqual({ organizationId: 1, ...expected });
    }
  });

  it('a number added by hand without a client asks for the organization scope', () => {
    expect(scopeRequestOf(undefined)).toEqual({ scope: 'organization' });
    expect(scopeRequestOf(3)).toEqual({ scope: 'client', clientId: 3 });
  });
});

describe('dncPhoneCountry', () => {
  it.each([
    ['a single client reads in its country', ['RS'], 'RS'],
    ['clients that agree share the country, whatever the case', ['rs', 'RS'], 'RS'],
    ['clients of different countries fall back to US', ['RS', 'GB'], 'US'],
    ['an organization without clients falls back to US', [], 'US'],
  ] as const)('%s', (_title, countries, expected) => {
    expect(dncPhoneCountry(countries)).toBe(expected);
  });
});
