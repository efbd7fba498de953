import { type Actor, canManage } from '../access/actor.ts';
import { AppError } from '../shared/app-error.ts';
import { withLockedSections } from './mandatory-sections.ts';
import type { ScriptSection, ScriptVariant, StoredScript, VariantStatus } from './script.ts';

/** What may happen to a personal variant: the setter edits or submits it, a manager approves or rejects it. */
export const variantActions = ['edit', 'submit', 'approve', 'reject'] as const;
export type VariantAction = (typeof variantActions)[number];

/** The statuses a setter is still working on: a setter has at most one of these per script. */
export const openVariantStatuses: readonly VariantStatus[] = ['draft', 'submitted', 'rejected'];

const transitions: Record<VariantAction, Partial<Record<VariantStatus, VariantStatus>>> = {
  // Editing a submitted variant takes it back from review; a rejected one is reworked as a draft.
  edit: { draft: 'draft', submitted: 'draft', rejected: 'draft' },
  submit: { draft: 'submitted', rejected: 'submitted' },
  // A rebase conflict approved as it stands: the setter's wording is read in those sections too.
  approve: { submitted: 'approved', needs_rebase: 'approved' },
  reject: { submitted: 'rejected' },
};

/**
 * The status a variant moves to, or null when the action does not apply to it (an approved or
 * retired variant is never edited: the setter writes a new one).
 *
 * @example
 * nextVariantStatus('rejected', 'edit') // 'draft'
 * nextVariantStatus('draft', 'approve') // null
 */
export function nextVariantStatus(status: VariantStatus, action: VariantAction): VariantStatus | null {
  return transitions[action][status] ?? null;
}

/** Throws CONFLICT, saying why, when the action does not apply to a variant in this status. */
export function requireTransition(status: VariantStatus, action: VariantAction): VariantStatus {
  const next = nextVariantStatus(status, action);
  if (next !== null) return next;
  throw new AppError('CONFLICT', {
    message: `This variant is ${status}: it cannot be ${pastTense[action]}`,
    field: 'status',
  });
}

const pastTense: Record<VariantAction, string> = {
  edit: 'edited',
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
};

/** Throws SCRIPT_VERBATIM for a script its client wants read word for word. */
export function requirePersonalizable(script: Pick<StoredScript, 'mode' | 'name'>): void {
  if (script.mode !== 'personalizable')
    throw new AppError('SCRIPT_VERBATIM', {
      message: `"${script.name}" is read word for word: it has no personal variants`,
    });
}

/** A rejection must tell the setter what to change. */
export function requireReviewComment(action: 'approve' | 'reject', comment: string | undefined): void {
  if (action === 'reject' && (comment ?? '').trim() === '')
    throw new AppError('VALIDATION', { message: 'Say what to change when rejecting', field: 'comment' });
}

/** The company version moved on since the variant was written: it stays in use, flagged. */
export const isOutdated = (
  variant: Pick<ScriptVariant, 'baseVersion'>,
  script: Pick<StoredScript, 'version'>,
) => script.version > variant.baseVersion;

/** Managers and admins see every variant of their clients; a setter sees only their own. */
export function canSeeVariant(actor: Actor, variant: Pick<ScriptVariant, 'userId' | 'clientId'>): boolean {
  if (!actor.clientIds.includes(variant.clientId)) return false;
  return canManage(actor) || variant.userId === actor.userId;
}

/** The script as the actor reads it on a call. */
export interface ScriptForUser {
  scriptId: number;
  name: string;
  mode: StoredScript['mode'];
  /** The company version in force; the variant, if any, is logged beside it. */
  version: number;
  variantId: number | null;
  /** Whose wording is read: the company's, or the setter's approved variant. */
  wording: 'company' | 'mine';
  /** The company version the setter's wording is based on (null: the company wording). */
  baseVersion: number | null;
  /** Sections read in the company wording until the setter's change there is approved. */
  companyWordingIn: { sectionId: string; title: string }[];
  sections: ScriptSection[];
}

/** The statuses whose variant is read on calls: approved, or approved and waiting for a rebase review. */
export const variantInUseStatuses: readonly VariantStatus[] = ['approved', 'needs_rebase'];

/**
 * The setter's approved variant of a personalizable script, else the company version. Mandatory
 * sections always read the company wording; a variant waiting for its rebase review reads the
 * company wording in its conflicted sections (its stored text already holds it); a script
 * switched to verbatim shows the company text even to setters with an approved variant.
 *
 * @example
 * scriptForUser(script, undefined) // the company sections, variantId null, wording 'company'
 */
export function scriptForUser(
  script: StoredScript,
  approved:
    | Pick<ScriptVariant, 'id' | 'status' | 'sections' | 'scriptId' | 'baseVersion' | 'conflicts'>
    | undefined,
): ScriptForUser {
  const shown = { scriptId: script.id, name: script.name, mode: script.mode, version: script.version };
  const useVariant =
    script.mode === 'personalizable' &&
    approved !== undefined &&
    variantInUseStatuses.includes(approved.status) &&
    approved.scriptId === script.id;
  if (!useVariant)
    return {
      ...shown,
      variantId: null,
      wording: 'company',
      baseVersion: null,
      companyWordingIn: [],
      sections: script.sections,
    };
  return {
    ...shown,
    variantId: approved.id,
    wording: 'mine',
    baseVersion: approved.baseVersion,
    companyWordingIn:
      approved.status === 'needs_rebase'
        ? approved.conflicts.map(({ sectionId, title }) => ({ sectionId, title }))
        : [],
    sections: withLockedSections(script.sections, approved.sections),
  };
}
