/**
 * A stored E.164 number as people read it. North American numbers get the familiar grouping;
 * others stay as stored, since grouping them right needs per-country rules.
 *
 * @example
 * formatPhone('+17735550161') // '+1 (773) 555-0161'
 */
export function formatPhone(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return nanp ? `+1 (${nanp[1]}) ${nanp[2]}-${nanp[3]}` : e164;
}
