import type {
  ClientOutcomesDto,
  OutcomeFlags,
  SaveClientOutcomesRequest,
} from '../../../../../src/contracts/dispositions.ts';
import { keyFromLabel } from '../../../lib/key-from-label.ts';

/** The flags in the order the page shows them. */
export const outcomeFlagNames = [
  'contact',
  'qualified',
  'appointment',
  'callback',
  'nurture',
  'notInterested',
  'doNotCall',
] as const satisfies readonly (keyof OutcomeFlags)[];

export const maxOutcomes = 50;
export const maxReasons = 500;

export interface ReasonDraft {
  /** Stable while editing: the React key and the id of the row's controls. */
  draftId: string;
  label: string;
  active: boolean;
}

export interface OutcomeDraft {
  draftId: string;
  /** The key as stored; null for a new outcome, whose key follows its label until saved. */
  savedKey: string | null;
  label: string;
  flags: OutcomeFlags;
  requiresReason: boolean;
  active: boolean;
  reasons: ReasonDraft[];
}

let lastDraftId = 0;
export const newDraftId = (prefix: string): string => `${prefix}-${++lastDraftId}`;

const noFlags: OutcomeFlags = {
  contact: true,
  qualified: false,
  appointment: false,
  callback: false,
  nurture: false,
  notInterested: false,
  doNotCall: false,
};

/** A new outcome: a person was reached, nothing else yet. */
export const newOutcome = (): OutcomeDraft => ({
  draftId: newDraftId('outcome'),
  savedKey: null,
  label: '',
  flags: { ...noFlags },
  requiresReason: false,
  active: true,
  reasons: [],
});

export const newReason = (label: string): ReasonDraft => ({
  draftId: newDraftId('reason'),
  label,
  active: true,
});

/** The stored list as a draft, in the server's order; each outcome with its reasons by position. */
export function outcomesDraftFrom(data: ClientOutcomesDto): OutcomeDraft[] {
  return data.outcomes.map((outcome) => ({
    draftId: newDraftId('outcome'),
    savedKey: outcome.key,
    label: outcome.label,
    flags: { ...outcome.flags },
    requiresReason: outcome.requiresReason,
    active: outcome.active,
    reasons: data.reasons
      .filter((reason) => reason.outcomeKey === outcome.key)
      .sort((a, b) => a.position - b.position)
      .map((reason) => ({ draftId: newDraftId('reason'), label: reason.label, active: reason.active })),
  }));
}

/**
 * Every outcome's key, in order: stored keys stay; a new outcome's key comes from its label,
 * unique among all keys of the client, retired ones included (they keep their history).
 *
 * @example
 * outcomeKeys([{ savedKey: 'other', … }, { savedKey: null, label: 'Other', … }]) // ['other', 'other_2']
 */
export function outcomeKeys(outcomes: readonly OutcomeDraft[]): string[] {
  const taken = new Set(outcomes.flatMap((outcome) => (outcome.savedKey ? [outcome.savedKey] : [])));
  return outcomes.map((outcome) => {
    if (outcome.savedKey) return outcome.savedKey;
    const key = keyFromLabel(outcome.label, taken, { fallback: 'outcome' });
    taken.add(key);
    return key;
  });
}

/** What can be wrong with one field; the page words it in the user's language. */
export type OutcomeProblem =
  | 'required'
  | 'duplicate'
  | 'noReasons'
  | 'noneActive'
  | 'noAppointment'
  | 'noDoNotCall'
  | 'tooMany';

/** Case and accents ignored, as the server compares reason labels. */
const fold = (text: string) =>
  text
    .trim()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
const sameText = (a: string, b: string) => fold(a) === fold(b);

/** What the list as a whole lacks: bookings record an appointment outcome, the law needs do-not-call. */
function listProblem(outcomes: readonly OutcomeDraft[]): OutcomeProblem | null {
  const active = outcomes.filter((outcome) => outcome.active);
  if (outcomes.length > maxOutcomes) return 'tooMany';
  if (active.length === 0) return 'noneActive';
  if (!active.some((outcome) => outcome.flags.appointment)) return 'noAppointment';
  if (!active.some((outcome) => outcome.flags.doNotCall)) return 'noDoNotCall';
  return null;
}

/**
 * Problems by path: `outcomes.2.label`, `outcomes.2.reasons` (needs a reason but has none
 * active), `outcomes.2.reasons.1` (a blank or repeated reason), `outcomes` (too many, none
 * active, no active appointment or do-not-call outcome), `reasons` (too many).
 */
export function outcomeProblems(outcomes: readonly OutcomeDraft[]): Record<string, OutcomeProblem> {
  const problems: Record<string, OutcomeProblem> = {};
  const list = listProblem(outcomes);
  if (list) problems.outcomes = list;
  if (outcomes.reduce((sum, outcome) => sum + outcome.reasons.length, 0) > maxReasons) {
    problems.reasons = 'tooMany';
  }
  outcomes.forEach((outcome, i) => {
    if (!outcome.label.trim()) problems[`outcomes.${i}.label`] = 'required';
    else if (
      outcome.active &&
      outcomes.some((other, j) => j < i && other.active && sameText(other.label, outcome.label))
    ) {
      problems[`outcomes.${i}.label`] = 'duplicate';
    }
    if (outcome.active && outcome.requiresReason && !outcome.reasons.some((reason) => reason.active)) {
      problems[`outcomes.${i}.reasons`] = 'noReasons';
    }
    outcome.reasons.forEach((reason, r) => {
      if (!reason.label.trim()) problems[`outcomes.${i}.reasons.${r}`] = 'required';
      else if (outcome.reasons.some((other, s) => s < r && sameText(other.label, reason.label))) {
        problems[`outcomes.${i}.reasons.${r}`] = 'duplicate';
      }
    });
  });
  return problems;
}

/** The PUT body: every outcome in order with its key, and every reason (retired ones too) under it. */
export function outcomesRequest(outcomes: readonly OutcomeDraft[]): SaveClientOutcomesRequest {
  const keys = outcomeKeys(outcomes);
  return {
    outcomes: outcomes.map((outcome, i) => ({
      key: keys[i] ?? '',
      label: outcome.label.trim(),
      flags: { ...outcome.flags },
      requiresReason: outcome.requiresReason,
      active: outcome.active,
    })),
    reasons: outcomes.flatMap((outcome, i) =>
      outcome.reasons.map((reason) => ({
        outcomeKey: keys[i] ?? '',
        label: reason.label.trim(),
        active: reason.active,
      })),
    ),
  };
}

/** Whether the draft would change what is stored. */
export const outcomesChanged = (draft: readonly OutcomeDraft[], stored: readonly OutcomeDraft[]): boolean =>
  JSON.stringify(outcomesRequest(draft)) !== JSON.stringify(outcomesRequest(stored));
