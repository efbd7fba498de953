import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult, OutcomeDto } from '../../../../../src/contracts/dispositions.ts';
import { callbackRefusalSchema } from '../../../../../src/contracts/queue-flow.ts';
import { useNotify } from '../../../components/notifications.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useErrorMessage } from '../../../lib/error-message.ts';
import { useLogAttempt } from '../api/log-attempt.ts';
import { type AttemptContext, attemptBody, type DispositionChoice } from '../utils/attempt-payload.ts';
import { outcomeDetail } from '../utils/call-results.ts';
import { leadLocalToInstant } from '../utils/callback-time.ts';
import { type DraftStore, useDraft } from './call-draft.ts';
import type { ShiftData } from './use-shift-data.ts';

interface DispositionParams {
  leadId: number;
  leadName: string;
  leadTimeZone: string;
  context: AttemptContext;
  shift: ShiftData;
  store: DraftStore;
  onCompleted: (leadId: number) => void;
}

/** Why the details of an outcome cannot be saved yet, shown beside the field. */
export interface DetailErrors {
  reason: string | null;
  callback: string | null;
  /** A refused callback time: the next permitted instants the setter may pick instead. */
  callbackOffers?: string[];
}

const noErrors: DetailErrors = { reason: null, callback: null };
const reasonFields = new Set(['reason', 'reasonId', 'reasonText']);

/**
 * The two-level disposition of the lead on screen: a call result saves at once (contact made
 * opens the client's outcomes), an outcome saves at once or opens the details it needs, and a
 * save moves on to the next lead. A second press while saving does nothing.
 */
export function useDisposition(params: DispositionParams) {
  const { leadId, store, shift, context } = params;
  const { t } = useTranslation();
  const notify = useNotify();
  const describe = useErrorMessage();
  const logAttempt = useLogAttempt();
  const [errors, setErrors] = useState<DetailErrors>(noErrors);
  const stage = useDraft(store, (draft) => draft.stage);
  const outcomeId = useDraft(store, (draft) => draft.outcomeId);
  const outcome = shift.outcomes?.find((candidate) => candidate.id === outcomeId) ?? null;
  const reasons = outcome
    ? shift.reasons
        .filter((reason) => reason.outcomeKey === outcome.key && reason.active)
        .sort((a, b) => a.position - b.position)
    : [];

  const save = (choice: DispositionChoice, label: string) => {
    if (logAttempt.isPending) return;
    const body = attemptBody(context, store.get(), choice, new Date().toISOString());
    logAttempt.mutate(
      { leadId, body },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('call.saved', { outcome: label, name: params.leadName }) });
          params.onCompleted(leadId);
        },
        onError: (error) => {
          // An ended session is explained on the login page; the draft waits here meanwhile.
          if (isApiError(error) && error.code === 'UNAUTHENTICATED') return;
          const message = describe(error);
          if (isApiError(error) && error.field && reasonFields.has(error.field))
            setErrors({ reason: message, callback: null });
          else if (isApiError(error) && error.code === 'CALLBACK_OUTSIDE_WINDOW')
            setErrors({
              reason: null,
              callback: t('callbackRefusal.message'),
              callbackOffers: callbackRefusalSchema.safeParse(error.details).data?.nextPermitted ?? [],
            });
          else if (isApiError(error) && error.field === 'callbackAt')
            setErrors({ reason: null, callback: message });
          else notify({ color: 'red', title: t('call.saveFailed'), message });
        },
      },
    );
  };

  const pickResult = (result: CallResult) => {
    if (logAttempt.isPending) return;
    setErrors(noErrors);
    if (result === 'contact_made') store.set({ stage: 'outcomes' });
    else save({ callResult: result }, t(`call.result.${result}`));
  };

  const pickOutcome = (picked: OutcomeDto) => {
    if (logAttempt.isPending) return;
    setErrors(noErrors);
    if (outcomeDetail(picked) === 'none')
      save({ callResult: 'contact_made', outcomeId: picked.id }, picked.label);
    else
      store.set((draft) => ({
        stage: 'details',
        outcomeId: picked.id,
        reasonId: draft.outcomeId === picked.id ? draft.reasonId : null,
      }));
  };

  const submitDetails = () => {
    if (!outcome) return;
    const draft = store.get();
    const base = { callResult: 'contact_made' as const, outcomeId: outcome.id };
    switch (outcomeDetail(outcome)) {
      case 'reason': {
        const missing = reasons.length > 0 ? draft.reasonId === null : draft.reasonText.trim() === '';
        if (missing) {
          setErrors({ reason: t('call.reasonRequired', { outcome: outcome.label }), callback: null });
          return;
        }
        save({ ...base, reasonId: draft.reasonId, reasonText: draft.reasonText }, outcome.label);
        return;
      }
      case 'callback': {
        const at = leadLocalToInstant(
          { date: draft.callbackDate, time: draft.callbackTime },
          params.leadTimeZone,
        );
        const problem = !at
          ? t('call.callback.missing')
          : Date.parse(at) <= Date.now()
            ? t('call.callback.past')
            : null;
        setErrors({ reason: null, callback: problem });
        if (at && !problem)
          save(
            { ...base, callbackAt: at, callbackFor: draft.callbackFor, reasonText: draft.reasonText },
            outcome.label,
          );
        return;
      }
      case 'confirm':
        save({ ...base, reasonText: draft.reasonText }, outcome.label);
        return;
      default:
        return;
    }
  };

  /** Esc: from the details back to the outcomes, from the outcomes back to the call results. */
  const back = () => {
    setErrors(noErrors);
    if (stage === 'details') store.set({ stage: 'outcomes' });
    else if (stage === 'outcomes') store.set({ stage: 'results', outcomeId: null });
  };

  return {
    stage,
    outcome,
    reasons,
    errors,
    submitting: logAttempt.isPending,
    pickResult,
    pickOutcome,
    submitDetails,
    back,
  };
}
