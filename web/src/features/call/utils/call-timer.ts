/** When the call was dialed and hung up (instants, ISO), as the call screen keeps them. */
export interface CallTimerState {
  dialedAt: string | null;
  hungUpAt: string | null;
}

const maxSeconds = 86_400;

/**
 * Seconds on the call: from the dial to the hang-up, or to now while it runs; 0 before a dial.
 * Never negative and never over a day (what the attempt accepts).
 *
 * @example
 * callSeconds({ dialedAt: '2026-11-27T15:00:00Z', hungUpAt: null }, '2026-11-27T15:01:05Z') // 65
 */
export function callSeconds(timer: CallTimerState, now: string): number {
  if (timer.dialedAt === null) return 0;
  const start = Date.parse(timer.dialedAt);
  const end = Date.parse(timer.hungUpAt ?? now);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return 0;
  return Math.min(maxSeconds, Math.max(0, Math.floor((end - start) / 1000)));
}

/**
 * A duration as mm:ss; minutes go past 59 rather than adding hours (calls are minutes long).
 *
 * @example
 * formatTimer(65) // '01:05'
 * formatTimer(3_725) // '62:05'
 */
export function formatTimer(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  return `${String(minutes).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * The timing an attempt carries: the dial and the time on the line; a lead never dialed from this
 * screen (a desk phone) counts from when it came on screen.
 */
export function attemptTiming(
  timer: CallTimerState,
  shownAt: string,
  now: string,
): { startedAt: string; durationSeconds: number } {
  if (timer.dialedAt !== null) return { startedAt: timer.dialedAt, durationSeconds: callSeconds(timer, now) };
  return { startedAt: shownAt, durationSeconds: callSeconds({ dialedAt: shownAt, hungUpAt: null }, now) };
}

/** D or a click on a phone starts the timer; T stops a running one and starts a stopped one anew. */
export function toggleTimer(timer: CallTimerState, now: string): CallTimerState {
  if (timer.dialedAt !== null && timer.hungUpAt === null) return { dialedAt: timer.dialedAt, hungUpAt: now };
  return { dialedAt: now, hungUpAt: null };
}

/** Dialing while the timer runs keeps it running (a second number of the same call). */
export function startTimer(timer: CallTimerState, now: string): CallTimerState {
  return timer.dialedAt !== null && timer.hungUpAt === null ? timer : { dialedAt: now, hungUpAt: null };
}
