import type { SelfServiceView } from '../../../../../src/contracts/appointments.ts';

/**
 * What the lead's page says: `open` offers confirm / reschedule / cancel; the others explain why
 * nothing can be changed. `locked`: still on the calendar, but the link may no longer change it.
 */
export type SelfServicePageState = 'open' | 'rescheduled' | 'cancelled' | 'past' | 'locked';

export function selfServicePageState(
  view: Pick<SelfServiceView, 'status' | 'canChange' | 'startsAt'>,
  now: string,
): SelfServicePageState {
  if (view.status === 'rescheduled') return 'rescheduled';
  if (view.status === 'cancelled') return 'cancelled';
  if (view.status === 'held' || view.status === 'no_show') return 'past';
  if (view.canChange) return 'open';
  return Date.parse(view.startsAt) <= Date.parse(now) ? 'past' : 'locked';
}

/** The app's language for the lead's locale ("sr-Latn-RS" → "sr"); English otherwise. */
export const languageForLocale = (locale: string): 'en' | 'sr' =>
  locale.toLowerCase().startsWith('sr') ? 'sr' : 'en';
