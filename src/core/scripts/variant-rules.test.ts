import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { AppError } from '../shared/app-error.ts';
import type { ScriptVariant, StoredScript, VariantStatus } from './script.ts';
import {
  canSeeVariant,
  isOutdated,
  nextVariantStatus,
  requirePersonalizable,
  requireReviewComment,
  requireTransition,
  scriptForUser,
  type VariantAction,
} from './variant-rules.ts';

const script: StoredScript = {
  id: 7,
  clientId: 1,
  name: 'SunPeak call script',
  mode: 'personalizable',
  purpose: 'outbound',
  version: 3,
  sections: [
    { id: 'opening', title: 'Opening', body: 'Company opening' },
    { id: 'pitch', title: 'Pitch', body: 'Company text' },
  ],
};
const variant: ScriptVariant = {
  id: 40,
  scriptId: 7,
  clientId: 1,
  userId: 5,
  baseVersion: 2,
  sections: [
    { id: 'opening', title: 'Opening', body: 'Company opening' },
    { id: 'pitch', title: 'Pitch', body: 'My own words' },
  ],
  status: 'approved',
  conflicts: [],
  comment: null,
  reviewComment: null,
  reviewedByUserId: 2,
  reviewedAt: null,
  submittedAt: null,
  updatedAt: Temporal.Instant.from('2026-06-10T16:00:00Z'),
};
const actor = (role: Actor['role'], userId: number, clientIds: number[] = [1]): Actor => ({
  userId,
  organizationId: 1,
  role,
  name: 'Someone',
  email: 'someone@demo.test',
  timeZone: 'America/New_York',
  locale: 'en',
  clientIds,
});

describe('nextVariantStatus', () => {
  it.each<[VariantStatus, VariantAction, VariantStatus | null]>([
    ['draft', 'edit', 'draft'],
    ['submitted', 'edit', 'draft'],
    ['rejected', 'edit', 'draft'],
    ['approved', 'edit', null],
    ['retired', 'edit', null],
    ['draft', 'submit', 'submitted'],
    ['rejected', 'submit', 'submitted'],
    ['submitted', 'submit', null],
    ['approved', 'submit', null],
    ['submitted', 'approve', 'approved'],
    ['draft', 'approve', null],
    ['rejected', 'approve', null],
    ['approved', 'approve', null],
    ['submitted', 'reject', 'rejected'],
    ['draft', 'reject', null],
    ['retired', 'reject', null],
  ])('%s → %s gives %s', (status, action, next) => {
    expect(nextVariantStatus(status, action)).toBe(next);
  });

  it('a refused move is a CONFLICT that names the status', () => {
    expect(() => requireTransition('approved', 'submit')).toThrow(
      'This variant is approved: it cannot be submitted',
    );
    expect(requireTransition('draft', 'submit')).toBe('submitted');
  });
});

describe('scriptForUser', () => {
  it.each<{
    name: string;
    script: StoredScript;
    approved: ScriptVariant | undefined;
    body: string;
    variantId: number | null;
  }>([
    {
      name: 'no variant: the company text',
      script,
      approved: undefined,
      body: 'Company text',
      variantId: null,
    },
    {
      name: 'an approved variant, even if outdated',
      script,
      approved: variant,
      body: 'My own words',
      variantId: 40,
    },
    {
      name: 'a variant waiting for its rebase review is read (its conflicts in the company wording)',
      script,
      approved: { ...variant, status: 'needs_rebase' },
      body: 'My own words',
      variantId: 40,
    },
    {
      name: 'a variant not (yet) approved is never shown',
      script,
      approved: { ...variant, status: 'submitted' },
      body: 'Company text',
      variantId: null,
    },
    {
      name: 'a script switched to verbatim ignores the approved variant',
      script: { ...script, mode: 'verbatim' },
      approved: variant,
      body: 'Company text',
      variantId: null,
    },
    {
      name: "another script's variant is not used",
      script,
      approved: { ...variant, scriptId: 8 },
      body: 'Company text',
      variantId: null,
    },
  ])('$name', ({ script: s, approved, body, variantId }) => {
    const forUser = scriptForUser(s, approved);
    expect(forUser.sections.find((section) => section.id === 'pitch')?.body).toBe(body);
    expect(forUser.variantId).toBe(variantId);
    expect(forUser.version).toBe(3);
  });
});

describe('scriptForUser: whose wording', () => {
  it('a variant that reworded the mandatory opening reads the company opening', () => {
    const reworded = { ...variant, sections: [{ id: 'opening', title: 'Opening', body: 'Hey there' }] };
    const forUser = scriptForUser(script, reworded);
    expect(forUser.sections[0]?.body).toBe('Company opening');
    expect(forUser.wording).toBe('mine');
  });

  it('names the sections read in the company wording while the setter’s change awaits review', () => {
    const conflicted: ScriptVariant = {
      ...variant,
      status: 'needs_rebase',
      baseVersion: 3,
      conflicts: [{ sectionId: 'pitch', title: 'Pitch', mine: null }],
    };
    expect(scriptForUser(script, conflicted)).toMatchObject({
      wording: 'mine',
      baseVersion: 3,
      companyWordingIn: [{ sectionId: 'pitch', title: 'Pitch' }],
    });
    expect(scriptForUser(script, undefined)).toMatchObject({ wording: 'company', companyWordingIn: [] });
  });
});

describe('variant guards', () => {
  it('a verbatim script refuses variants with SCRIPT_VERBATIM', () => {
    const refused = (() => {
      try {
        requirePersonalizable({ mode: 'verbatim', name: 'Ledgerly' });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('SCRIPT_VERBATIM');
    expect(() => requirePersonalizable(script)).not.toThrow();
  });

  it.each<['approve' | 'reject', string | undefined, boolean]>([
    ['reject', undefined, true],
    ['reject', '   ', true],
    ['reject', 'Keep the opening question', false],
    ['approve', undefined, false],
  ])('%s with comment %j throws: %s', (action, comment, throws) => {
    if (throws) expect(() => requireReviewComment(action, comment)).toThrow('Say what to change');
    else expect(() => requireReviewComment(action, comment)).not.toThrow();
  });

  it('a variant is outdated once the company version moved past its base', () => {
    expect(isOutdated({ baseVersion: 2 }, { version: 3 })).toBe(true);
    expect(isOutdated({ baseVersion: 3 }, { version: 3 })).toBe(false);
  });

  it.each<[string, Actor, boolean]>([
    ['its setter', actor('setter', 5), true],
    ['another setter of the client', actor('setter', 6), false],
    ['a manager of the client', actor('manager', 2), true],
    ["another client's manager", actor('manager', 3, [2]), false],
    ['its setter, no longer assigned to the client', actor('setter', 5, [2]), false],
  ])('%s sees it: %s', (_, who, sees) => {
    expect(canSeeVariant(who, variant)).toBe(sees);
  });
});
