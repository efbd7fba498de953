/**
 * Small JSON values in sessionStorage: what a setter typed survives a reload, a dropped connection
 * or a trip through the login page, and disappears with the browser tab.
 */
export function readDraft<T>(key: string, fallback: T): T {
  try {
    const raw = sessionStorage.getItem(key);
    return raw === null ? fallback : ({ ...fallback, ...(JSON.parse(raw) as T) } as T);
  } catch {
    return fallback;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or disabled storage only costs the draft, never the call.
  }
}
