import { type ColumnTarget, isCustomTarget, leadFields } from '../lead-intake/column-mapping.ts';
import { AppError } from '../shared/app-error.ts';

const knownTargets = new Set<string>(leadFields);
const phoneTargets = new Set<string>(leadFields.filter((f) => f.startsWith('phone')));

/**
 * A mapping the import can use: every column it names is in the file, every target is a lead
 * field or a custom field, and at least one column holds phones.
 */
export function requireUsableMapping(
  mapping: Record<string, ColumnTarget>,
  headers: readonly string[],
): void {
  const present = new Set(headers);
  for (const [column, target] of Object.entries(mapping)) {
    if (!present.has(column)) {
      throw new AppError('IMPORT_INVALID', {
        message: `The mapping names the column "${column}", which the file does not have (its columns: ${headers.join(', ')})`,
        field: 'mapping',
      });
    }
    if (!knownTargets.has(target) && !(isCustomTarget(target) && target.length > 'custom:'.length)) {
      throw new AppError('IMPORT_INVALID', {
        message: `Column "${column}" is mapped to "${target}", which is not a lead field`,
        field: 'mapping',
      });
    }
  }
  if (!Object.values(mapping).some((t) => phoneTargets.has(t))) {
    throw new AppError('IMPORT_INVALID', {
      message: 'The file has no phone column: map one of its columns to "Phone"',
      field: 'mapping',
    });
  }
}
