import { fileError, isZip, refuseNonSpreadsheet } from './sniff-file.ts';

const notASpreadsheet = 'The file is not a spreadsheet (CSV or XLSX)';

/**
 * Refuses a file that is not text before it is parsed as CSV. Workbooks get their own message
 * (they are spreadsheets, just not CSV), known binary kinds are named; anything else with NUL
 * bytes or more than 1% control characters is not a spreadsheet at all.
 */
export function requireText(sample: Buffer, decodedSample: string, encoding: string): void {
  if (isZip(sample)) throw fileError('This is an XLSX workbook (or a ZIP archive), not a CSV file');
  refuseNonSpreadsheet(sample);
  if (!/^utf-?16/i.test(encoding) && sample.includes(0)) throw fileError(notASpreadsheet);
  let controls = 0;
  for (let i = 0; i < decodedSample.length; i++) {
    const code = decodedSample.charCodeAt(i);
    // Tab, line feed and carriage return are text; other C0/C1 controls and U+FFFD are not.
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code < 0xa0)) {
      controls++;
    } else if (code === 0xfffd) controls++;
  }
  if (controls > decodedSample.length * 0.01) throw fileError(notASpreadsheet);
}
