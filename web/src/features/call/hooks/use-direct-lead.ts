import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Me } from '../../../../../src/contracts/auth.ts';
import { useCampaigns } from '../../campaigns/api/get-campaigns.ts';
import { meetingTypesQueryOptions } from '../../meeting-types/api/get-meeting-types.ts';
import { leadQueryOptions } from '../api/get-lead.ts';
import { qualificationFormsQueryOptions } from '../api/get-qualification-forms.ts';
import { useWorkspace } from '../api/get-workspace.ts';
import { renewLease } from '../api/renew-lease.ts';
import type { CallLead } from '../components/lead-card.tsx';
import { campaignForLead } from '../utils/campaign-for-lead.ts';
import type { CallSetup } from './use-shift-data.ts';

export type DirectLead =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; call: CallLead; setup: CallSetup };

/**
 * A lead opened by its id (an incoming call, the lead page): leased to the setter first, then
 * worked with its client's campaign (the one over its list) or, without one, the client's first
 * qualification form and meeting type.
 */
export function useDirectLead(leadId: number, user: Me, inbound: boolean): DirectLead {
  const lease = useQuery({
    queryKey: ['call', 'lease', leadId],
    queryFn: () => renewLease(leadId),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const detail = useQuery({ ...leadQueryOptions(leadId), enabled: lease.isSuccess });
  const campaigns = useCampaigns();
  const lead = detail.data?.lead ?? null;
  const campaign = lead && campaigns.data ? campaignForLead(campaigns.data, lead) : null;
  const workspace = useWorkspace(campaign?.id ?? null);
  const needsCatalog =
    lead !== null && campaigns.isSuccess && (campaign === null || workspace.data?.qualificationForm === null);
  const forms = useQuery({ ...qualificationFormsQueryOptions(lead?.clientId ?? 0), enabled: needsCatalog });
  const meetingTypes = useQuery({
    ...meetingTypesQueryOptions(lead?.clientId ?? 0),
    enabled: lead !== null && campaigns.isSuccess && campaign === null,
  });

  const setup = useMemo<CallSetup | null>(() => {
    if (!lead) return null;
    if (campaign && workspace.data)
      return {
        campaignId: campaign.id,
        client: workspace.data.client,
        form: workspace.data.qualificationForm ?? forms.data?.[0] ?? null,
        meetingType: workspace.data.meetingType,
        script: workspace.data.script,
      };
    const client = user.clients.find((candidate) => candidate.id === lead.clientId);
    if (campaign || !client || !forms.isFetched || !meetingTypes.isFetched) return null;
    return {
      campaignId: null,
      client: { id: client.id, name: client.name, timeZone: client.timeZone },
      form: forms.data?.[0] ?? null,
      meetingType: meetingTypes.data?.find((type) => type.active) ?? null,
      script: null,
    };
  }, [
    lead,
    campaign,
    workspace.data,
    forms.data,
    forms.isFetched,
    meetingTypes.data,
    meetingTypes.isFetched,
    user.clients,
  ]);

  const call = useMemo<CallLead | null>(
    () =>
      detail.data
        ? {
            lead: detail.data.lead,
            calling: detail.data.calling,
            reason: inbound ? 'inbound' : 'direct',
            callback: null,
          }
        : null,
    [detail.data, inbound],
  );
  const error = lease.error ?? detail.error ?? campaigns.error ?? workspace.error;
  if (error) return { status: 'error', error };
  if (!call || !setup) return { status: 'loading' };
  return { status: 'ready', call, setup };
}
