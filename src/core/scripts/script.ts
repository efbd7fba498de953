import type { Temporal } from 'temporal-polyfill';

/** One part of a call script; branches lead to other sections by id (e.g. an objection's answer). */
export interface ScriptSection {
  id: string;
  title: string;
  /** Template text with `{{lead.firstName}}`-style variables. */
  body: string;
  branches?: { label: string; target: string }[];
  /** Locked word for word in setters' variants; the opening always is (see `isMandatorySection`). */
  mandatory?: boolean;
}

/** A rendered script: text, and variables the UI can highlight (null: no value, show a placeholder). */
export type ScriptSegment =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; value: string | null };

/** The values a script may use, by namespace: `{{lead.x}}`, `{{setter.x}}`, `{{client.x}}`, `{{custom.x}}`. */
export interface ScriptVariables {
  lead: Record<string, string | null | undefined>;
  setter: Record<string, string | null | undefined>;
  client: Record<string, string | null | undefined>;
  /** The lead's custom fields, also reachable as `{{lead.custom.x}}`. */
  custom?: Record<string, string | null | undefined>;
}

/** Verbatim: read word for word; personalizable: a setter may read their own approved wording. */
export const scriptModes = ['verbatim', 'personalizable'] as const;
export type ScriptMode = (typeof scriptModes)[number];

/** Outbound calls, or the script for incoming calls. */
export const scriptPurposes = ['outbound', 'inbound'] as const;
export type ScriptPurpose = (typeof scriptPurposes)[number];

/** A personal variant's review state; `retired` is an approved one replaced by a newer approval. */
export const variantStatuses = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'retired',
  /**
   * An approved variant a new company version changed under it in sections the setter had
   * reworded too: still read on calls, with the company wording in those sections, until a
   * manager approves the setter's wording or a reworked variant replaces it.
   */
  'needs_rebase',
] as const;
export type VariantStatus = (typeof variantStatuses)[number];

/** A script with its current company version. */
export interface StoredScript {
  id: number;
  clientId: number;
  name: string;
  mode: ScriptMode;
  purpose: ScriptPurpose;
  version: number;
  sections: ScriptSection[];
}

/** A setter's own wording of a personalizable script, written against one company version. */
export interface ScriptVariant {
  id: number;
  scriptId: number;
  clientId: number;
  userId: number;
  baseVersion: number;
  sections: ScriptSection[];
  status: VariantStatus;
  /** Sections changed on both sides by the last rebase, with the setter's wording waiting for review. */
  conflicts: RebaseConflict[];
  comment: string | null;
  reviewComment: string | null;
  reviewedByUserId: number | null;
  reviewedAt: Temporal.Instant | null;
  submittedAt: Temporal.Instant | null;
  updatedAt: Temporal.Instant;
}

/** A section both the company and the setter changed since the variant's base version. */
export interface RebaseConflict {
  sectionId: string;
  title: string;
  /** The setter's wording, read on calls once approved; null when the setter had removed the section. */
  mine: ScriptSection | null;
}
