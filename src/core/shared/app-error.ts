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
  /** An appointment outcome is logged by booking the appointment, not as a call. */
  'BOOK_THROUGH_CALENDAR',
  /** A setter tried to personalize a script the client wants read word for word. */
  'SCRIPT_VERBATIM',
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
