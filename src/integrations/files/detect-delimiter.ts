export const csvDelimiters = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/** Preference among delimiters that fit equally well: tabs and semicolons rarely occur in values. */
const preference: readonly CsvDelimiter[] = ['\t', ';', ',', '|'];

const linesToInspect = 5;

/**
 * The delimiter of a CSV text, from its first lines (newlines inside quotes do not end a line).
 * Each candidate is counted outside quotes per line; the winner has the same non-zero count on
 * every line, the highest such count. When none is consistent, the one that matches the header
 * line's count on most lines wins. A single-column file reads as ','.
 * (Papaparse's own guess is not used: on files of one or two rows it often picks ',' from an address.)
 *
 * @example
 * detectDelimiter('Ime;Adresa\nPetar;Knez Mihailova 1, Beograd\n') // ';'
 */
export function detectDelimiter(sampleText: string): CsvDelimiter {
  const lines = countPerLine(sampleText);
  if (lines.length === 0) return ',';
  let best: { delimiter: CsvDelimiter; consistent: boolean; matches: number; count: number } | undefined;
  for (const delimiter of preference) {
    const counts = lines.map((line) => line[delimiter]);
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const candidate = {
      delimiter,
      consistent: counts.every((c) => c === header),
      matches: counts.filter((c) => c === header).length,
      count: header,
    };
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best?.delimiter ?? ',';
}

type Score = { consistent: boolean; matches: number; count: number };

function isBetter(a: Score, b: Score): boolean {
  if (a.consistent !== b.consistent) return a.consistent;
  if (a.matches !== b.matches) return a.matches > b.matches;
  return a.count > b.count;
}

type Counts = Record<CsvDelimiter, number>;

function countPerLine(text: string): Counts[] {
  const lines: Counts[] = [];
  let current: Counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let blank = true;
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < linesToInspect; i++) {
    const char = text[i] ?? '';
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') {
      if (!blank) lines.push(current);
      current = { ',': 0, ';': 0, '\t': 0, '|': 0 };
      blank = true;
      continue;
    } else if (char === ',' || char === ';' || char === '\t' || char === '|') current[char]++;
    if (char.trim() !== '') blank = false;
  }
  if (!blank && lines.length < linesToInspect) lines.push(current);
  return lines;
}
