import type { Temporal } from 'temporal-polyfill';

/** One part of a call script; branches lead to other sections by id (e.g. an objection's answer). */
export interface ScriptSection {
  id: string;
  title: string;
  /** Template text with `{{lead.firstName}}`-style variables. */
  body: string;
  branches?: { label: string; target: string }[];
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
export const variantStatuses = ['draft', 'submitted', 'approved', 'rejected', 'retired'] as const;
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
  comment: string | null;
  reviewComment: string | null;
  reviewedByUserId: number | null;
  reviewedAt: Temporal.Instant | null;
  submittedAt: Temporal.Instant | null;
  updatedAt: Temporal.Instant;
}
