import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import type { Me } from '../../../../../src/contracts/auth.ts';
import type { CampaignWorkspace } from '../../../../../src/contracts/campaigns.ts';
import type { DispositionName } from '../../../../../src/contracts/leads.ts';
import type { AnswerValue, CallDraft } from '../hooks/use-call-draft.ts';
import { isTextEntry, useCallHotkeys } from '../hooks/use-call-hotkeys.ts';
import { findOutcome, outcomes } from '../utils/outcomes.ts';
import type { BookingExtras } from './booking-panel.tsx';
import { LeadCard, type QueueItem } from './lead-card.tsx';
import { OutcomeButtons } from './outcome-buttons.tsx';
import { OutcomeDetails } from './outcome-details.tsx';
import { QualificationPanel } from './qualification-panel.tsx';
import { ScriptPanel } from './script-panel.tsx';

interface CallPanelsProps {
  item: QueueItem;
  workspace: CampaignWorkspace;
  user: Me;
  draft: CallDraft;
  update: (patch: Partial<CallDraft>) => void;
  setAnswer: (questionId: string, value: AnswerValue) => void;
  leadTimeZone: string;
  errors: { reason: string | null; callback: string | null };
  submitting: boolean;
  onPick: (disposition: DispositionName) => void;
  onSubmitDetails: () => void;
  onSkip: () => void;
  skipping: boolean;
  bookingExtras: () => BookingExtras;
  onBooked: (appointment: AppointmentDto) => void;
}

const focusPanel = (id: string) => {
  const panel = document.getElementById(id);
  const first = panel?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button, a[href]');
  (first ?? panel)?.focus();
};

/** The call screen's panels side by side (fits 1366×768), and the keys that move between them. */
export function CallPanels(props: CallPanelsProps) {
  const { item, workspace, user, draft, update, onPick } = props;
  const outcome = draft.outcome ? findOutcome(draft.outcome) : undefined;
  const hotkeys: Record<string, () => void> = {
    s: props.onSkip,
    c: () => document.querySelector<HTMLAnchorElement>('#lead-panel a[href^="tel:"]')?.click(),
    l: () => focusPanel('lead-panel'),
    r: () => focusPanel(outcome ? 'outcome-details' : 'script-panel'),
    q: () => focusPanel('qualification-panel'),
    o: () => focusPanel('outcome-panel'),
    '/': () => document.getElementById('script-search')?.focus(),
    'mod+enter': () => document.querySelector<HTMLFormElement>('#outcome-details form')?.requestSubmit(),
    escape: () => {
      const active = document.activeElement;
      if (isTextEntry(active) && active instanceof HTMLElement) active.blur();
      else if (outcome) update({ outcome: null });
    },
  };
  for (const definition of outcomes) hotkeys[definition.hotkey] = () => onPick(definition.disposition);
  useCallHotkeys(hotkeys, true);

  return (
    <div className="call-grid">
      <div className="call-column">
        <LeadCard
          item={item}
          clientTimeZone={workspace.client.timeZone}
          userTimeZone={user.timeZone}
          onSkip={props.onSkip}
          skipping={props.skipping}
        />
        <OutcomeButtons selected={draft.outcome} busy={props.submitting} onPick={onPick} />
      </div>
      <div className="call-column">
        {outcome && outcome.detail !== 'none' ? (
          <OutcomeDetails
            key={outcome.disposition}
            outcome={outcome}
            draft={draft}
            update={update}
            leadId={item.lead.id}
            leadTimeZone={props.leadTimeZone}
            userTimeZone={user.timeZone}
            meetingType={workspace.meetingType}
            errors={props.errors}
            submitting={props.submitting}
            onSubmit={props.onSubmitDetails}
            onClose={() => update({ outcome: null })}
            bookingExtras={props.bookingExtras}
            onBooked={props.onBooked}
          />
        ) : (
          <ScriptPanel script={workspace.script} lead={item.lead} user={user} client={workspace.client} />
        )}
      </div>
      <div className="call-column">
        <QualificationPanel
          form={workspace.qualificationForm}
          draft={draft}
          update={update}
          setAnswer={props.setAnswer}
        />
      </div>
    </div>
  );
}
