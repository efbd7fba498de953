import { useEffect, useState } from 'react';

/** The current instant as an ISO string, refreshed every `intervalMs`: a clock on screen. */
export function useNow(intervalMs = 15_000): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date().toISOString()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
