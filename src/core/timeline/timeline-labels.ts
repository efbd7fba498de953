// English words for the codes a timeline title names. Titles serve API readers and logs; the web
// translates each item from its kind and data instead.

const callResultLabels: Record<string, string> = {
  no_answer: 'no answer',
  busy: 'busy',
  voicemail_left: 'voicemail left',
  wrong_number: 'wrong number',
  disconnected: 'disconnected',
  contact_made: 'contact made',
};

const dispositionLabels: Record<string, string> = {
  no_answer: 'no answer',
  voicemail: 'voicemail',
  busy: 'busy',
  wrong_number: 'wrong number',
  call_back: 'call back',
  not_interested: 'not interested',
  not_qualified: 'not qualified',
  appointment_set: 'appointment set',
  do_not_call: 'do not call',
};

/** A code as words when no label is known: 'bad_number' → 'bad number'. */
export const humanize = (code: string): string => code.replaceAll('_', ' ');

export const callResultLabel = (code: string): string => callResultLabels[code] ?? humanize(code);

export const dispositionLabel = (code: string): string => dispositionLabels[code] ?? humanize(code);

export const statusLabel = (status: string): string => humanize(status);

/** "2 min 5 s", "45 s": how long a call lasted. */
export function durationLabel(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** The parts that have text, joined by " — "; null when none has. */
export function joinDetail(parts: readonly (string | null | undefined)[]): string | null {
  const present = parts.map((p) => p?.trim()).filter((p): p is string => Boolean(p));
  return present.length > 0 ? present.join(' — ') : null;
}
