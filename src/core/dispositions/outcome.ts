import type { Language } from '../../contracts/auth.ts';
import type { CallResult, OutcomeFlags } from '../../contracts/dispositions.ts';

export type { CallResult, OutcomeFlags };

/** The system call results, the same for every client (what happened on the line). */
export const callResults = [
  'no_answer',
  'busy',
  'voicemail_left',
  'wrong_number',
  'disconnected',
  'contact_made',
] as const satisfies readonly CallResult[];

/** A client's business outcome: the second level of a disposition, with flags that say what it means. */
export interface Outcome {
  id: number;
  clientId: number;
  /** A slug, stable across renames; reasons belong to an outcome by it. */
  key: string;
  label: string;
  flags: OutcomeFlags;
  requiresReason: boolean;
  position: number;
  active: boolean;
}

/** A reason a setter picks for an outcome (by the outcome's key), from the client's list. */
export interface OutcomeReason {
  id: number;
  clientId: number;
  outcomeKey: string;
  label: string;
  position: number;
  active: boolean;
}

/** The reason label that asks for the setter's own words, in each language defaults are seeded in. */
export const otherReasonLabel: Record<Language, string> = { en: 'Other', sr: 'Друго' };

const otherLabels = new Set(Object.values(otherReasonLabel).map((label) => label.toLowerCase()));

/** True for "Other" in any language: whatever the organization's language, it needs the setter's words. */
export const isOtherReason = (reason: Pick<OutcomeReason, 'label'>): boolean =>
  otherLabels.has(reason.label.trim().toLowerCase());

export const noFlags: OutcomeFlags = {
  contact: false,
  qualified: false,
  appointment: false,
  callback: false,
  nurture: false,
  notInterested: false,
  doNotCall: false,
};
