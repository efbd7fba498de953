import { useEffect } from 'react';
import { apiClient } from '../../../lib/api-client.ts';

/** Keeps the served lead reserved for this setter while the call screen shows it. */
export function renewLease(leadId: number): Promise<{ leaseExpiresAt: string }> {
  return apiClient.post(`/leads/${leadId}/lease`, {});
}

const renewEveryMs = 60_000;

/**
 * Renews the lease at once (a reload restores the lead from the draft without asking the queue)
 * and every minute after, so a long call never lets the lead slip to another setter.
 */
export function useLeaseHeartbeat(leadId: number | null): void {
  useEffect(() => {
    if (leadId === null) return;
    const renew = () => {
      // A lost renewal is not an error to show: the disposition is recorded regardless.
      renewLease(leadId).catch(() => undefined);
    };
    renew();
    const timer = window.setInterval(renew, renewEveryMs);
    return () => window.clearInterval(timer);
  }, [leadId]);
}
