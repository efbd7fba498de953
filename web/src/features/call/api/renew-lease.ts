import { useEffect } from 'react';
import { apiClient } from '../../../lib/api-client.ts';

/** Leases a lead to this setter, or keeps the lease of the lead on screen (409 when another holds it). */
export function renewLease(leadId: number): Promise<{ leaseExpiresAt: string }> {
  return apiClient.post(`/leads/${leadId}/lease`, {});
}

const renewEveryMs = 60_000;

/**
 * Renews the lease every minute, so a long call never lets the lead slip to another setter. A lead
 * just served comes leased: only one restored after a reload is renewed at once.
 */
export function useLeaseHeartbeat(leadId: number | null, renewAtOnce: boolean): void {
  useEffect(() => {
    if (leadId === null) return;
    const renew = () => {
      // A lost renewal is not an error to show: the disposition is recorded regardless.
      renewLease(leadId).catch(() => undefined);
    };
    if (renewAtOnce) renew();
    const timer = window.setInterval(renew, renewEveryMs);
    return () => window.clearInterval(timer);
  }, [leadId, renewAtOnce]);
}
