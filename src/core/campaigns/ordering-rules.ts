import { AppError } from '../shared/app-error.ts';
import { customFieldKeyPattern, type LeadFilter, type SortKey } from './campaign.ts';

/**
 * A campaign's order and filters, checked: at most 6 sort keys, no field twice, custom-field
 * keys that are slugs, filter values present. Errors name the key or filter at fault.
 */
export function checkOrderingRules(sortKeys: readonly SortKey[], filters: readonly LeadFilter[]): void {
  if (sortKeys.length > 6) throw invalid('sortKeys', 'At most 6 sort keys');
  const seen = new Set<string>();
  sortKeys.forEach((key, i) => {
    if (seen.has(key.field)) throw invalid(`sortKeys.${i}.field`, `"${key.field}" is already a sort key`);
    seen.add(key.field);
    if (key.field.startsWith('custom:') && !customFieldKeyPattern.test(key.field)) {
      throw invalid(
        `sortKeys.${i}.field`,
        `"${key.field}": a custom field is custom:<key> with letters, digits and _`,
      );
    }
  });
  filters.forEach((filter, i) => {
    if (filter.field.startsWith('custom:') && !customFieldKeyPattern.test(filter.field)) {
      throw invalid(
        `filters.${i}.field`,
        `"${filter.field}": a custom field is custom:<key> with letters, digits and _`,
      );
    }
    if (filter.values.length === 0) throw invalid(`filters.${i}.values`, 'A filter needs at least one value');
    if (filter.field === 'area_code' && filter.values.some((v) => !/^\d{3}$/.test(v))) {
      throw invalid(`filters.${i}.values`, 'Area codes have three digits');
    }
  });
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { message: `${field}: ${message}`, field });
