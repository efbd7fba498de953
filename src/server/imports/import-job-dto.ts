import type { ImportJobDto } from '../../contracts/imports.ts';
import type { ImportSettings } from '../../core/lead-import/import-job.ts';
import { parseJson } from '../../db/json.ts';
import { countsOf, type ImportJobRow } from '../../db/repositories/import-jobs.repository.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A stored reject as the API shows a row problem: its code and params when it has them. */
export function rowProblemDto(r: {
  row_number: number;
  field: string;
  reason: string;
  code: string | null;
  params: string | null;
}) {
  return {
    rowNumber: r.row_number,
    field: r.field,
    reason: r.reason,
    ...(r.code ? { code: r.code } : {}),
    ...(r.params ? { params: parseJson<Record<string, string>>(r.params, {}) } : {}),
  };
}

/** A job as the API shows it, with its progress, speed and estimated time left. */
export function toImportJobDto(
  row: ImportJobRow,
  errors: Parameters<typeof rowProblemDto>[0][],
  nowMs: number,
): ImportJobDto {
  const settings = parseJson<Partial<ImportSettings>>(row.options, {});
  const fraction = row.file_size > 0 ? Math.min(1, row.bytes_read / row.file_size) : 0;
  const end = row.finished_at ?? nowMs;
  const seconds = row.started_at === null ? null : Math.max(0, (end - row.started_at) / 1000);
  const rowsPerSecond = seconds && seconds > 0 && row.rows > 0 ? Math.round(row.rows / seconds) : null;
  const running = row.status === 'running' || row.status === 'queued';
  const etaSeconds =
    running && seconds && fraction > 0.01 && fraction < 1
      ? Math.round((seconds * (1 - fraction)) / fraction)
      : null;
  return {
    id: row.id,
    clientId: row.client_id,
    list:
      row.list_id !== null && row.list_name !== null
        ? { id: row.list_id, name: row.list_name, status: row.list_status ?? 'importing' }
        : null,
    fileName: row.file_name,
    format: row.format,
    status: row.status,
    dryRun: row.dry_run === 1,
    dedupe: settings.dedupe ?? 'skip',
    foreignPhones: settings.foreignPhones ?? 'warn',
    mapping: (settings.mapping ?? {}) as Record<string, string>,
    headers: parseJson<string[]>(row.headers, []),
    progress: {
      bytesRead: row.status === 'done' ? row.file_size : row.bytes_read,
      totalBytes: row.file_size,
      fraction: row.status === 'done' ? 1 : fraction,
      rowsPerSecond,
      etaSeconds,
    },
    counts: countsOf(row),
    error: row.error === null ? null : { message: row.error, field: row.error_field },
    errors: errors.map(rowProblemDto),
    createdAt: new Date(row.created_at).toISOString(),
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
    seconds: row.finished_at !== null && seconds !== null ? Math.round(seconds * 100) / 100 : null,
  };
}
