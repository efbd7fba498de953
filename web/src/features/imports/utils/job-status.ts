import type { ImportJobDto } from '../../../../../src/contracts/imports.ts';
import { statusColors } from '../../../components/status-colors.ts';

const colors: Record<ImportJobDto['status'], string> = {
  queued: statusColors.uncertain,
  running: 'blue',
  done: statusColors.callable,
  failed: statusColors.blocked,
  cancelled: statusColors.neutral,
};

/** One color per import status, the same in the wizard and the table of recent imports. */
export const jobStatusColor = (status: ImportJobDto['status']): string => colors[status];
