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

const languageKey = 'setterdesk.selfService.language';

/** The language the visitor chose on the lead's page before, if any: it wins over the lead's locale. */
export function storedSelfServiceLanguage(): 'en' | 'sr' | null {
  const stored = localStorage.getItem(languageKey);
  return stored === 'en' || stored === 'sr' ? stored : null;
}

export function storeSelfServiceLanguage(language: string): void {
  if (language === 'en' || language === 'sr') localStorage.setItem(languageKey, language);
}

/** A piece of a text: plain, or a web address to open. */
export type TextPart = { text: string; href?: string };

/** A part and where it starts in the text (a stable key). */
export type PlacedPart = TextPart & { at: number };

/**
 * A text with its http(s) addresses as links (a meeting link inside "Video call: https://…");
 * trailing punctuation stays text.
 *
 * @example
 * linkParts('Video: https://meet.test/x.') // [{ text: 'Video: ' }, { text: 'https://meet.test/x', href: … }, { text: '.' }]
 */
export function linkParts(text: string): PlacedPart[] {
  const parts: PlacedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), at: last });
    parts.push({ text: url, href: url, at: start });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), at: last });
  return parts;
}
