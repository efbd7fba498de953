import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { writeLeadsCsv } from './import-data.ts';

/** The benchmark's XLSX: the same generated rows as the CSV, written by exceljs's streaming writer. */
export async function writeLeadsXlsx(path: string, rows: number): Promise<void> {
  const csv = `${path}.csv`;
  await writeLeadsCsv(csv, rows, 7);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = workbook.addWorksheet('Leads');
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(csv, 'utf8'), {
      skipEmptyLines: true,
      step: (row: { data: string[] }) => sheet.addRow(row.data).commit(),
      complete: () => resolve(),
      error: reject,
    });
  });
  sheet.commit();
  await workbook.commit();
  await unlink(csv);
}
