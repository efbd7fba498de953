/** One data row of a spreadsheet or CSV file, as an import consumes it. */
export interface CsvRow {
  /** The row number a spreadsheet user sees: the header is row 1, the first data row is row 2. */
  rowNumber: number;
  /** Cell by header name; a short row's missing cells are ''. */
  values: Record<string, string>;
  /**
   * Why this row cannot be imported as read (it has more values than the header has columns):
   * the caller rejects this row alone, and the rows after it are still read.
   */
  error?: string;
}

export const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/** Trimmed names; blanks become 'Column N' and repeats 'Name (2)', so every cell has a key. */
export function uniqueHeaders(fields: readonly string[]): string[] {
  const used = new Set<string>();
  return fields.map((field, i) => {
    const base = field.trim() || `Column ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
    used.add(name);
    return name;
  });
}

/**
 * Builds the row for the cells of one line. Plain objects filled in the same key order share one
 * hidden class (fast to build and read); only a column named '__proto__' needs a null prototype
 * to stay an ordinary key. Trailing empty cells (a delimiter at the end of every line) are
 * harmless; a value beyond the last column makes the row an error row, because which column a
 * value belongs to is then a guess.
 */
export function rowBuilder(
  headers: readonly string[],
): (rowNumber: number, fields: readonly string[]) => CsvRow {
  const nullPrototype = headers.includes('__proto__');
  return (rowNumber, fields) => {
    const values: Record<string, string> = nullPrototype ? Object.create(null) : {};
    for (let i = 0; i < headers.length; i++) values[headers[i] ?? ''] = fields[i] ?? '';
    let count = fields.length;
    while (count > headers.length && (fields[count - 1] ?? '').trim() === '') count--;
    if (count <= headers.length) return { rowNumber, values };
    return {
      rowNumber,
      values,
      error: `Row ${rowNumber} has ${count} values; the header has ${headers.length}`,
    };
  };
}
