import type { CallResult, OutcomeDto } from '../../../../../src/contracts/dispositions.ts';
import { toggleInterest } from '../components/interest-control.tsx';
import { focusObjectionSearch } from '../components/objection-panel.tsx';
import { focusScriptBranches } from '../components/script-panel.tsx';
import { callResults } from '../utils/call-results.ts';
import { startTimer, toggleTimer } from '../utils/call-timer.ts';
import { leadHotkeys, outcomeHotkeys, resultHotkeys } from '../utils/hotkey-table.ts';
import type { DispositionStage, DraftStore } from './call-draft.ts';
import { blurTextEntry, focusPanel, type HotkeyHandlers, useCallHotkeys } from './use-call-hotkeys.ts';
import type { ShiftData } from './use-shift-data.ts';

interface LeadHotkeysParams {
  store: DraftStore;
  stage: DispositionStage;
  shift: ShiftData;
  onSkip: () => void;
  onResult: (result: CallResult) => void;
  onOutcome: (outcome: OutcomeDto) => void;
  onBack: () => void;
}

const now = () => new Date().toISOString();

/** D: the primary phone's link opens the softphone (its click starts the timer). */
function dialPrimary(store: DraftStore): void {
  const link = document.querySelector<HTMLAnchorElement>('#lead-panel a[data-primary-phone]');
  if (link) link.click();
  else store.set((draft) => startTimer(draft, now()));
}

function focusSection(id: string): void {
  const panel = document.getElementById(id);
  panel?.focus();
}

/** The keys of the lead on screen, by the hotkey table; digits follow the disposition's level. */
export function useLeadHotkeys(params: LeadHotkeysParams): void {
  const { store, stage, shift } = params;
  const outcomes = shift.outcomes ?? [];
  const digits =
    stage === 'results'
      ? resultHotkeys
      : stage === 'outcomes'
        ? outcomeHotkeys(outcomes.map((o) => o.label))
        : [];
  const handlers: HotkeyHandlers = {
    dial: () => dialPrimary(store),
    timer: () => store.set((draft) => toggleTimer(draft, now())),
    skip: params.onSkip,
    interestCold: () => toggleInterest(store, 'cold'),
    interestWarm: () => toggleInterest(store, 'warm'),
    interestHot: () => toggleInterest(store, 'hot'),
    scriptBranches: focusScriptBranches,
    objectionSearch: focusObjectionSearch,
    objectionSearchCtrl: focusObjectionSearch,
    submit: () => document.querySelector<HTMLFormElement>('#outcome-details form')?.requestSubmit(),
    back: () => {
      if (!blurTextEntry()) params.onBack();
    },
    panelCard: () => focusSection('lead-panel'),
    panelScript: () => (stage === 'details' ? focusPanel('outcome-details') : focusSection('script-panel')),
    panelQualification: () => focusPanel('qualification-panel'),
    panelObjections: focusObjectionSearch,
    panelNotes: () => focusPanel('notes-panel'),
    panelDisposition: () => focusPanel('disposition-panel'),
  };
  if (stage === 'results')
    for (const definition of callResults)
      handlers[`result.${definition.result}`] = () => params.onResult(definition.result);
  if (stage === 'outcomes')
    outcomes.slice(0, 10).forEach((outcome, index) => {
      handlers[`outcome.${index}`] = () => params.onOutcome(outcome);
    });
  useCallHotkeys([...leadHotkeys, ...digits], handlers);
}
