/**
 * A duration of a setter's day as h:mm:ss, or m:ss under an hour (a state's running time, talk
 * time); never negative.
 *
 * @example
 * formatDuration(65) // '1:05'
 * formatDuration(3_725) // '1:02:05'
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Seconds from `since` to now on the server's clock (the screen's clock corrected by `offsetMs`). */
export function secondsSince(since: string, nowMs: number, offsetMs: number): number {
  return Math.max(0, Math.floor((nowMs + offsetMs - Date.parse(since)) / 1000));
}

/** One color per state, the same on the call screen and the manager's floor. */
export const agentStateColors = {
  logged_out: 'gray',
  ready: 'green',
  on_call: 'blue',
  wrap_up: 'yellow',
  paused: 'grape',
} as const;
