import { useState } from 'react';
import type { DispositionName } from '../../../../../src/contracts/leads.ts';
import { readDraft, writeDraft } from '../../../lib/session-draft.ts';

export type AnswerValue = string | string[] | number | null;
export type Interest = 'cold' | 'warm' | 'hot';

/** Everything typed about one lead during a call; it outlives a reload until the outcome is saved. */
export interface CallDraft {
  answers: Record<string, AnswerValue>;
  interest: Interest | null;
  questionsAsked: string;
  notes: string;
  outcome: DispositionName | null;
  reason: string;
  callbackDate: string;
  callbackTime: string;
  callbackFor: 'me' | 'anyone';
  /** When the lead came on screen: the attempt's start and duration. */
  startedAt: string;
}

const emptyDraft = (): CallDraft => ({
  answers: {},
  interest: null,
  questionsAsked: '',
  notes: '',
  outcome: null,
  reason: '',
  callbackDate: '',
  callbackTime: '',
  callbackFor: 'me',
  startedAt: new Date().toISOString(),
});

export const callDraftKey = (leadId: number) => `setterdesk.call.draft.${leadId}`;

export function clearCallDraft(leadId: number): void {
  writeDraft(callDraftKey(leadId), null);
}

/** The draft of the lead on screen, kept in sessionStorage as it is typed (no effect, no delay). */
export function useCallDraft(leadId: number) {
  const key = callDraftKey(leadId);
  const [draft, setDraft] = useState<CallDraft>(() => {
    // Stored at once, so the call's start time survives a reload before anything is typed.
    const initial = readDraft(key, emptyDraft());
    writeDraft(key, initial);
    return initial;
  });
  const update = (patch: Partial<CallDraft>) =>
    setDraft((current) => {
      const next = { ...current, ...patch };
      writeDraft(key, next);
      return next;
    });
  const setAnswer = (questionId: string, value: AnswerValue) =>
    setDraft((current) => {
      const next = { ...current, answers: { ...current.answers, [questionId]: value } };
      writeDraft(key, next);
      return next;
    });
  return { draft, update, setAnswer };
}
