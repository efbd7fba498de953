/** A company whose products are sold; campaigns, lists, scripts, reps and DNC lists belong to one. */
export interface Client {
  id: number;
  organizationId: number;
  name: string;
  slug: string;
  /** ISO 3166 alpha-2: the default country for phone numbers without a country code. */
  country: string;
  /** IANA zone used for a lead when nothing better is known. */
  timeZone: string;
}
