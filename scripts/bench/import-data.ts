import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { demoPlaces } from '../../src/cli/demo/demo-places.ts';

/** A small deterministic generator (mulberry32): the same file on every machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'José',
  'María',
  'Đorđe',
  'Zoë',
  'Chloé',
  'Søren',
];
const lastNames = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Müller',
  "O'Brien",
  'Đorđević',
  'Nguyen',
];
const companies = [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella, Inc.',
  'Stark Industries',
  'Wayne Enterprises',
  '',
  '',
  'Hooli',
  'Vandelay "Imports"',
];
const sources = ['Web form', 'Webinar', 'Trade show', 'Purchased list', 'Referral'];
export const header = [
  'First Name',
  'Last Name',
  'Email',
  'Phone',
  'Mobile Phone Number',
  'Company Name',
  'Street Address',
  'City',
  'State/Region',
  'Zip',
  'Lead Source',
  'Notes',
];

/** A valid 7-digit local number: exchange 2xx–9xx (never 555), any line. */
function local(next: () => number): [string, string] {
  let exchange = 200 + Math.floor(next() * 800);
  if (exchange === 555) exchange = 556;
  return [String(exchange), String(Math.floor(next() * 10_000)).padStart(4, '0')];
}

function formatted(area: string, [ex, line]: [string, string], style: number): string {
  switch (style) {
    case 0:
      return `(${area}) ${ex}-${line}`;
    case 1:
      return `${area}-${ex}-${line}`;
    case 2:
      return `${area}.${ex}.${line}`;
    case 3:
      return `+1 ${area} ${ex} ${line}`;
    case 4:
      return `1-${area}-${ex}-${line}`;
    default:
      return `${area}${ex}${line}`;
  }
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export interface GeneratedFile {
  rows: number;
  duplicates: number;
  invalid: number;
}

/**
 * Writes the benchmark CSV: 12 columns as a CRM exports them, mixed phone formats, about 5%
 * rows repeating an earlier row's phone, about 2% invalid phones, names with accents, quoted
 * cells with commas and quotes.
 */
export async function writeLeadsCsv(path: string, rows: number, seed = 20261127): Promise<GeneratedFile> {
  const next = random(seed);
  const out = createWriteStream(path);
  const phones: string[] = [];
  let duplicates = 0;
  let invalid = 0;
  let chunk = `${header.join(',')}\n`;
  for (let i = 0; i < rows; i++) {
    const place = demoPlaces[Math.floor(next() * demoPlaces.length)] ?? demoPlaces[0];
    if (!place) throw new Error('no places');
    const first = firstNames[Math.floor(next() * firstNames.length)] ?? '';
    const last = lastNames[Math.floor(next() * lastNames.length)] ?? '';
    const roll = next();
    let phone: string;
    if (roll < 0.05 && phones.length > 0) {
      phone = phones[Math.floor(next() * phones.length)] ?? '';
      duplicates++;
    } else if (roll < 0.07) {
      phone = `${place.areaCode}-555-${String(i % 10_000).padStart(4, '0')}`.slice(0, 9 + (i % 3));
      invalid++;
    } else {
      phone = formatted(place.areaCode, local(next), Math.floor(next() * 6));
      if (phones.length < 200_000) phones.push(phone);
    }
    const mobile = next() < 0.3 ? formatted(place.areaCode, local(next), Math.floor(next() * 6)) : '';
    const email =
      next() < 0.8 ? `${first}.${last}.${i}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, '') : '';
    const cells = [
      first,
      last,
      email,
      phone,
      mobile,
      companies[Math.floor(next() * companies.length)] ?? '',
      `${1 + Math.floor(next() * 9999)} Main St`,
      place.city,
      place.state,
      `${place.zipPrefix}${String(Math.floor(next() * 100)).padStart(2, '0')}`,
      sources[Math.floor(next() * sources.length)] ?? '',
      next() < 0.1 ? 'Asked for a call back, "after 5pm"' : '',
    ];
    chunk += `${cells.map(quote).join(',')}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { rows, duplicates, invalid };
}
