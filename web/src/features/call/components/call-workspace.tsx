import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../../src/contracts/auth.ts';
import type { CampaignWorkspace } from '../../../../../src/contracts/campaigns.ts';
import type { DispositionName, LogAttemptRequest } from '../../../../../src/contracts/leads.ts';
import { useNotify } from '../../../components/notifications.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useErrorMessage } from '../../../lib/error-message.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useLogAttempt } from '../api/log-attempt.ts';
import { useLeaseHeartbeat } from '../api/renew-lease.ts';
import { useCallDraft } from '../hooks/use-call-draft.ts';
import { attemptBody, callContext } from '../utils/attempt-payload.ts';
import { leadLocalToInstant } from '../utils/callback-time.ts';
import { findOutcome } from '../utils/outcomes.ts';
import { CallPanels } from './call-panels.tsx';
import type { QueueItem } from './lead-card.tsx';

interface CallWorkspaceProps {
  item: QueueItem;
  workspace: CampaignWorkspace;
  user: Me;
  onCompleted: (leadId: number) => void;
  onSkip: () => void;
  skipping: boolean;
}

/** One lead on screen: its draft, the outcome being entered, and saving it. */
export function CallWorkspace({ item, workspace, user, onCompleted, onSkip, skipping }: CallWorkspaceProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const describe = useErrorMessage();
  const format = useFormatters();
  const { lead, calling } = item;
  const { draft, update, setAnswer } = useCallDraft(lead.id);
  useLeaseHeartbeat(lead.id);
  const logAttempt = useLogAttempt();
  const [errors, setErrors] = useState<{ reason: string | null; callback: string | null }>({
    reason: null,
    callback: null,
  });
  const form = workspace.qualificationForm;
  const leadTimeZone = calling.primaryTimeZone ?? lead.timeZone ?? workspace.client.timeZone;
  const name = `${lead.firstName} ${lead.lastName}`.trim();

  const save = (disposition: DispositionName, extra: Partial<LogAttemptRequest> = {}) => {
    if (logAttempt.isPending) return;
    const body = attemptBody(workspace.campaign.id, disposition, form, draft, extra);
    logAttempt.mutate(
      { leadId: lead.id, body },
      {
        onSuccess: () => {
          notify({
            color: 'green',
            message: t('call.saved', { outcome: t(`disposition.${disposition}`), name }),
          });
          onCompleted(lead.id);
        },
        onError: (error) => {
          // An ended session is explained on the login page; the draft waits here meanwhile.
          if (isApiError(error) && error.code === 'UNAUTHENTICATED') return;
          const message = describe(error);
          if (isApiError(error) && error.field === 'reason') setErrors({ reason: message, callback: null });
          else if (isApiError(error) && error.field === 'callbackAt')
            setErrors({ reason: null, callback: message });
          else notify({ color: 'red', title: t('call.saveFailed'), message });
        },
      },
    );
  };

  const submitDetails = () => {
    const outcome = draft.outcome ? findOutcome(draft.outcome) : undefined;
    if (!outcome) return;
    if (outcome.detail === 'reason') {
      if (!draft.reason.trim()) {
        setErrors({
          reason: t('call.reasonRequired', { outcome: t(`disposition.${outcome.disposition}`) }),
          callback: null,
        });
        document.getElementById('outcome-reason')?.focus();
        return;
      }
      save(outcome.disposition, { reason: draft.reason.trim() });
    } else if (outcome.detail === 'callback') {
      const at = leadLocalToInstant({ date: draft.callbackDate, time: draft.callbackTime }, leadTimeZone);
      const problem = !at
        ? t('call.callback.missing')
        : Date.parse(at) <= Date.now()
          ? t('call.callback.past')
          : null;
      setErrors({ reason: null, callback: problem });
      if (at && !problem) save('call_back', { callbackAt: at, callbackFor: draft.callbackFor });
    } else if (outcome.detail === 'confirm') {
      save(outcome.disposition, draft.reason.trim() ? { reason: draft.reason.trim() } : {});
    }
  };

  const pick = (disposition: DispositionName) => {
    const outcome = findOutcome(disposition);
    if (!outcome || logAttempt.isPending) return;
    setErrors({ reason: null, callback: null });
    if (outcome.detail === 'none') save(disposition);
    else update({ outcome: disposition });
  };

  const bookingExtras = useCallback(() => {
    // Booking records the appointment_set attempt itself, so the call's details travel with it.
    const { startedAt: _startedAt, ...context } = callContext(form, draft, new Date());
    return { ...context, campaignId: workspace.campaign.id };
  }, [form, draft, workspace.campaign.id]);

  return (
    <CallPanels
      item={item}
      workspace={workspace}
      user={user}
      draft={draft}
      update={update}
      setAnswer={setAnswer}
      leadTimeZone={leadTimeZone}
      errors={errors}
      submitting={logAttempt.isPending}
      onPick={pick}
      onSubmitDetails={submitDetails}
      onSkip={onSkip}
      skipping={skipping}
      bookingExtras={bookingExtras}
      onBooked={(appointment) => {
        notify({
          color: 'green',
          title: t('call.booking.booked'),
          message: t('call.booking.bookedMessage', {
            name,
            rep: appointment.rep.name,
            time: format.dateTime(appointment.startsAt, user.timeZone),
          }),
        });
        onCompleted(lead.id);
      }}
    />
  );
}
