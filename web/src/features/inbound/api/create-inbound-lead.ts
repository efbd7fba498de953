import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

export interface InboundLeadInput {
  clientId: number;
  phone: string;
  fullName?: string;
  email?: string;
  company?: string;
}

/** `created: false`: the client already had a lead with this phone or email, which is returned. */
export interface InboundLeadResult {
  leadId: number | null;
  created: boolean;
  outcome: string;
}

/** The caller as a lead of the client: source inbound, marked hot (POST /api/leads/inbound). */
export function createInboundLead(input: InboundLeadInput): Promise<InboundLeadResult> {
  return apiClient.post<InboundLeadResult>('/leads/inbound', input);
}

export function useCreateInboundLead() {
  return useMutation({ mutationFn: createInboundLead });
}
