/**
 * Failures that abort a request. The HTTP error handler alone maps `code` to a status;
 * callers switch on `code`, never on message text.
 */
export const errorCodes = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF',
  'NOT_FOUND',
  'CONFLICT',
  'SLOT_TAKEN',
  'LEAD_NOT_LEASED',
  'NOT_CALLABLE',
  /** The campaign named (field `campaignId`) does not serve the lead: its lists do not hold it. */
  'LEAD_NOT_IN_CAMPAIGN',
  /** A callback time the queue could not keep: outside the lead's window, a blackout day, a state rule. */
  'CALLBACK_OUTSIDE_WINDOW',
  /** An appointment outcome is logged by booking the appointment, not as a call. */
  'BOOK_THROUGH_CALENDAR',
  /** A setter tried to personalize a script the client wants read word for word. */
  'SCRIPT_VERBATIM',
  /** A setter's variant changed a section the company locks word for word (field names the section). */
  'SCRIPT_SECTION_LOCKED',
  /** A setter asked for a lead of a campaign assigned to other setters. */
  'CAMPAIGN_NOT_ASSIGNED',
  /** Corrections: the undo window (60 s after saving) has passed; edit the call from the lead's page. */
  'UNDO_WINDOW_PASSED',
  /** Corrections: a setter undoes or edits only their own calls. */
  'NOT_YOUR_CALL',
  /** Corrections: a setter edits their own call only within 24 hours; a manager any time. */
  'EDIT_WINDOW_PASSED',
  /** Corrections: every correction says why (field `reason`). */
  'CORRECTION_REASON_REQUIRED',
  /** Corrections: only the lead's latest call is undone, once; a booking is changed through its appointment. */
  'CALL_NOT_UNDOABLE',
  /** Agent states: a change refused by the state machine (src/core/agent-states/state-machine.ts). */
  'AGENT_LOGGED_OUT',
  'AGENT_PAUSED',
  'AGENT_NOT_PAUSED',
  'AGENT_NOT_IN_WRAP_UP',
  /** Agent states: "stop after this lead" took effect; the queue serves nothing until Ready. */
  'AGENT_STOPPED',
  'IMPORT_INVALID',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorDetails {
  message: string;
  /** Which row, field or parameter is wrong, where that is known. */
  field?: string;
  details?: unknown;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly details: unknown;

  constructor(code: ErrorCode, { message, field, details, cause }: AppErrorDetails) {
    super(message, { cause });
    this.name = 'AppError';
    this.code = code;
    this.field = field;
    this.details = details;
  }
}

export const notFound = (what: string): AppError =>
  new AppError('NOT_FOUND', { message: `${what} not found` });
