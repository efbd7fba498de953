import type { CSSProperties } from 'react';

/** A fieldset kept for its grouping and its accessible name only: no border, no indent. */
export const plainFieldset: CSSProperties = { border: 0, padding: 0, margin: 0, minWidth: 0 };
