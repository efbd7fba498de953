import { useState, useSyncExternalStore } from 'react';
import { readDraft, writeDraft } from '../../../lib/session-draft.ts';

export type AnswerValue = string | string[] | number | null;
export type Interest = 'cold' | 'warm' | 'hot';
/** The disposition in two levels: the call result, then (contact made) the client's outcome, then its details. */
export type DispositionStage = 'results' | 'outcomes' | 'details';

export interface MarkedObjection {
  objectionId: number;
  /** The prepared response used; null when none of them was. */
  responseId: string | null;
}

/** Everything typed about one lead during a call; it outlives a reload until the outcome is saved. */
export interface CallDraft {
  answers: Record<string, AnswerValue>;
  interest: Interest | null;
  questionsAsked: string;
  notes: string;
  stage: DispositionStage;
  outcomeId: number | null;
  reasonId: number | null;
  reasonText: string;
  callbackDate: string;
  callbackTime: string;
  callbackFor: 'me' | 'anyone';
  objections: MarkedObjection[];
  /** The call timer: started by a dial, stopped by T. */
  dialedAt: string | null;
  hungUpAt: string | null;
  /** When the lead came on screen. */
  shownAt: string;
}

export const emptyDraft = (now: string): CallDraft => ({
  answers: {},
  interest: null,
  questionsAsked: '',
  notes: '',
  stage: 'results',
  outcomeId: null,
  reasonId: null,
  reasonText: '',
  callbackDate: '',
  callbackTime: '',
  callbackFor: 'me',
  objections: [],
  dialedAt: null,
  hungUpAt: null,
  shownAt: now,
});

export const callDraftKey = (leadId: number) => `setterdesk.call.draft.${leadId}`;

export function clearCallDraft(leadId: number): void {
  writeDraft(callDraftKey(leadId), null);
}

export type DraftPatch = Partial<CallDraft> | ((current: CallDraft) => Partial<CallDraft>);

/**
 * The draft of the lead on screen, outside React state: each panel reads only the fields it
 * shows, so a keystroke in the notes re-renders the notes and nothing else. Written to
 * sessionStorage as it changes.
 */
export interface DraftStore {
  get(): CallDraft;
  set(patch: DraftPatch): void;
  subscribe(listener: () => void): () => void;
}

export function createDraftStore(leadId: number): DraftStore {
  const key = callDraftKey(leadId);
  let draft = readDraft(key, emptyDraft(new Date().toISOString()));
  // Stored at once, so the time the lead came on screen survives a reload before anything is typed.
  writeDraft(key, draft);
  const listeners = new Set<() => void>();
  return {
    get: () => draft,
    set(patch) {
      draft = { ...draft, ...(typeof patch === 'function' ? patch(draft) : patch) };
      writeDraft(key, draft);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One store per lead on screen, made once. */
export function useDraftStore(leadId: number): DraftStore {
  const [store] = useState(() => createDraftStore(leadId));
  return store;
}

/** A part of the draft; the component re-renders only when that part changes (keep `select` cheap). */
export function useDraft<T>(store: DraftStore, select: (draft: CallDraft) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
