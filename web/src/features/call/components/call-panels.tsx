import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import type { CallResult, OutcomeDto } from '../../../../../src/contracts/dispositions.ts';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import type { ScriptVariables } from '../../../../../src/core/scripts/script.ts';
import type { DraftStore } from '../hooks/call-draft.ts';
import type { useDisposition } from '../hooks/use-disposition.ts';
import type { CallSetup, ShiftData } from '../hooks/use-shift-data.ts';
import type { BookingExtras } from '../utils/attempt-payload.ts';
import { outcomeDetail } from '../utils/call-results.ts';
import { DispositionPanel } from './disposition-panel.tsx';
import { type CallLead, LeadCard } from './lead-card.tsx';
import { NotesPanel } from './notes-panel.tsx';

const noQuestions: ObjectionDto[] = [];
const questionsByLibrary = new WeakMap<ObjectionDto[], ObjectionDto[]>();
/** The library's questions, for the "questions the prospect asked" field; one array per library. */
function questionsOf(library: ObjectionDto[] | undefined): ObjectionDto[] {
  if (!library) return noQuestions;
  const known = questionsByLibrary.get(library);
  if (known) return known;
  const questions = library.filter((entry) => entry.kind === 'question');
  questionsByLibrary.set(library, questions);
  return questions;
}

import type { SkipReason } from '../../../../../src/contracts/queue-flow.ts';
import { ObjectionPanel } from './objection-panel.tsx';
import { OutcomeDetails } from './outcome-details.tsx';
import { QualificationPanel } from './qualification-panel.tsx';
import { ScriptPanel } from './script-panel.tsx';
import './call-layout.css';

interface CallPanelsProps {
  call: CallLead;
  setup: CallSetup;
  shift: ShiftData;
  store: DraftStore;
  vars: ScriptVariables;
  userTimeZone: string;
  leadTimeZone: string;
  disposition: ReturnType<typeof useDisposition>;
  onDial: (e164: string) => void;
  onSkip: (reason: SkipReason | null) => void;
  skipping: boolean;
  skipMenuOpened: boolean;
  onSkipMenuChange: (opened: boolean) => void;
  onResult: (result: CallResult) => void;
  onOutcome: (outcome: OutcomeDto) => void;
  onBack: () => void;
  onSubmitDetails: () => void;
  bookingExtras: () => BookingExtras;
  onBooked: (appointment: AppointmentDto) => void;
}

/**
 * The call screen's panels side by side, on a 1366×768 laptop without scrolling the page: the
 * lead and the disposition; the script and objections (or an outcome's details); the
 * qualification and notes. Each panel is memoized and reads its own part of the draft.
 */
export function CallPanels(props: CallPanelsProps) {
  const { call, setup, shift, store, disposition } = props;
  const { outcome, stage } = disposition;
  const detail = outcome ? outcomeDetail(outcome) : 'none';
  return (
    <div className="call-grid">
      <div className="call-column">
        <LeadCard
          call={call}
          store={store}
          clientTimeZone={setup.client.timeZone}
          userTimeZone={props.userTimeZone}
          onDial={props.onDial}
          onSkip={props.onSkip}
          skipping={props.skipping}
          skipMenuOpened={props.skipMenuOpened}
          onSkipMenuChange={props.onSkipMenuChange}
        />
        <DispositionPanel
          stage={stage}
          selectedOutcomeId={outcome?.id ?? null}
          outcomes={shift.outcomes}
          outcomesError={shift.outcomesError}
          busy={disposition.submitting}
          onResult={props.onResult}
          onOutcome={props.onOutcome}
          onBack={props.onBack}
        />
      </div>
      <div className="call-column">
        {stage === 'details' && outcome && detail !== 'none' ? (
          <OutcomeDetails
            key={outcome.id}
            outcome={outcome}
            detail={detail}
            reasons={disposition.reasons}
            store={store}
            leadId={call.lead.id}
            leadTimeZone={props.leadTimeZone}
            userTimeZone={props.userTimeZone}
            meetingType={setup.meetingType}
            errors={disposition.errors}
            submitting={disposition.submitting}
            onSubmit={props.onSubmitDetails}
            onClose={props.onBack}
            bookingExtras={props.bookingExtras}
            onBooked={props.onBooked}
          />
        ) : (
          <>
            <ScriptPanel script={shift.script} loading={shift.scriptLoading} vars={props.vars} />
            <ObjectionPanel objections={shift.objections} error={shift.objectionsError} store={store} />
          </>
        )}
      </div>
      <div className="call-column">
        <QualificationPanel form={setup.form} store={store} />
        <NotesPanel store={store} questions={questionsOf(shift.objections)} />
      </div>
    </div>
  );
}
