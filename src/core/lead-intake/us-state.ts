import { normalizeHeader } from './header-text.ts';

/** USPS codes of the states, DC, the inhabited territories and the military mail regions. */
const stateNames: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'Virgin Islands',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
  AA: 'Armed Forces Americas',
  AE: 'Armed Forces Europe',
  AP: 'Armed Forces Pacific',
};

const otherSpellings: Record<string, string> = {
  'washington dc': 'DC',
  'washington d c': 'DC',
  'us virgin islands': 'VI',
  'u s virgin islands': 'VI',
};

const codeByName = new Map<string, string>([
  ...Object.entries(stateNames).map(([code, name]) => [normalizeHeader(name), code] as const),
  ...Object.entries(otherSpellings),
]);

/**
 * The two-letter USPS code of a US state, DC or territory, from its code or name in any case.
 *
 * @example
 * normalizeUsState('California') // 'CA'
 * normalizeUsState('n.y.') // 'NY'
 * normalizeUsState('Ontario') // null
 */
export function normalizeUsState(raw: string): string | null {
  const code = raw.replace(/[.\s]/g, '').toUpperCase();
  if (Object.hasOwn(stateNames, code)) return code;
  return codeByName.get(normalizeHeader(raw)) ?? null;
}
