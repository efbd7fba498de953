import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import type { Me } from '../../../../../src/contracts/auth.ts';
import type { SkipReason } from '../../../../../src/contracts/queue-flow.ts';
import { useNotify } from '../../../components/notifications.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useLeaseHeartbeat } from '../api/renew-lease.ts';
import { useDraftStore } from '../hooks/call-draft.ts';
import { useDisposition } from '../hooks/use-disposition.ts';
import { useLeadHotkeys } from '../hooks/use-lead-hotkeys.ts';
import type { CallSetup, ShiftData } from '../hooks/use-shift-data.ts';
import { useStableHandler } from '../hooks/use-stable-handler.ts';
import { type AttemptContext, bookingExtras } from '../utils/attempt-payload.ts';
import { startTimer } from '../utils/call-timer.ts';
import { scriptVariablesFor } from '../utils/script-variables.ts';
import { CallPanels } from './call-panels.tsx';
import type { CallLead } from './lead-card.tsx';

interface CallWorkspaceProps {
  call: CallLead;
  setup: CallSetup;
  shift: ShiftData;
  user: Me;
  onCompleted: (leadId: number) => void;
  onSkip: (reason: SkipReason | null) => void;
  skipping: boolean;
  /** The lead was leased before this screen showed it (a reload): renew the lease at once. */
  renewLeaseAtOnce: boolean;
  /** The prospect called us (the incoming-call action): the call is logged as inbound. */
  inbound?: boolean;
  /** The marketing source the inbound caller named: recorded on the call and the lead. */
  marketingSourceId?: number | null;
}

/** One lead on screen: its draft, its disposition, its keys. Mounted afresh for every lead. */
export function CallWorkspace(props: CallWorkspaceProps) {
  const { call, setup, shift, user } = props;
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormatters();
  const { lead, calling } = call;
  const store = useDraftStore(lead.id);
  useLeaseHeartbeat(lead.id, props.renewLeaseAtOnce);
  const name = `${lead.firstName} ${lead.lastName}`.trim();
  const leadTimeZone = calling.primaryTimeZone ?? lead.timeZone ?? setup.client.timeZone;
  const script = shift.script;
  const context = useMemo<AttemptContext>(
    () => ({
      campaignId: setup.campaignId,
      form: setup.form,
      inbound: props.inbound === true,
      marketingSourceId: props.marketingSourceId ?? null,
      script: script
        ? { scriptId: script.scriptId, version: script.version, variantId: script.variantId }
        : null,
    }),
    [setup.campaignId, setup.form, script, props.inbound, props.marketingSourceId],
  );
  const disposition = useDisposition({
    leadId: lead.id,
    leadName: name,
    leadTimeZone,
    context,
    shift,
    store,
    onCompleted: props.onCompleted,
  });
  const vars = useMemo(() => scriptVariablesFor(lead, user, setup.client), [lead, user, setup.client]);
  const onDial = useStableHandler(() => store.set((draft) => startTimer(draft, new Date().toISOString())));
  const onSkip = useStableHandler(props.onSkip);
  // `S` opens the skip menu (an optional reason); the menu skips.
  const [skipMenuOpened, setSkipMenuOpened] = useState(false);
  const openSkipMenu = useStableHandler(() => setSkipMenuOpened(true));
  const onResult = useStableHandler(disposition.pickResult);
  const onOutcome = useStableHandler(disposition.pickOutcome);
  const onBack = useStableHandler(disposition.back);
  const onBooked = useStableHandler((appointment: AppointmentDto) => {
    notify({
      color: 'green',
      title: t('call.booking.booked'),
      message: t('call.booking.bookedMessage', {
        name,
        rep: appointment.rep.name,
        time: format.dateTime(appointment.startsAt, user.timeZone),
      }),
    });
    props.onCompleted(lead.id);
  });
  const extras = useStableHandler(() => bookingExtras(context, store.get(), new Date().toISOString()));

  useLeadHotkeys({
    store,
    stage: disposition.stage,
    shift,
    onSkip: openSkipMenu,
    onResult,
    onOutcome,
    onBack,
  });

  return (
    <CallPanels
      call={call}
      setup={setup}
      shift={shift}
      store={store}
      vars={vars}
      userTimeZone={user.timeZone}
      leadTimeZone={leadTimeZone}
      disposition={disposition}
      onDial={onDial}
      onSkip={onSkip}
      skipping={props.skipping}
      skipMenuOpened={skipMenuOpened}
      onSkipMenuChange={setSkipMenuOpened}
      onResult={onResult}
      onOutcome={onOutcome}
      onBack={onBack}
      onSubmitDetails={disposition.submitDetails}
      bookingExtras={extras}
      onBooked={onBooked}
    />
  );
}
