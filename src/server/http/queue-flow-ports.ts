import type { RequestScope } from '../../application/request-scope.ts';
import type { CallbackRules } from '../../core/callbacks/callback-permit.ts';
import { defaultCallingWindow } from '../../core/calling-hours/calling-window-policy.ts';
import { leadState } from '../../core/calling-rules/state-of-lead.ts';
import { timeZoneCandidatesFor } from '../../core/lead-queue/permit-to-dial.ts';
import type { Lead } from '../../core/leads/lead.ts';
import { notFound } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';

/**
 * What a callback time is checked against: the lead's zones (its client's zone when none is
 * known), the window of the campaign named (the default without one) and the state rules.
 */
export function callbackRulesPort(deps: AppDeps, scope: Pick<RequestScope, 'findCampaign' | 'findClient'>) {
  const { findCampaign } = scope;
  return async (lead: Lead, campaignId: number | null): Promise<CallbackRules> => {
    const client = await scope.findClient(lead.clientId);
    if (!client) throw notFound('Client');
    const campaign = campaignId === null ? undefined : await findCampaign(campaignId);
    const ruleSet = deps.queue.callingRules();
    const state = leadState(
      { state: lead.state, postalCode: lead.postalCode, country: lead.country, phone: lead.phone },
      deps.queue.stateLookups,
    ).state;
    return {
      candidates: timeZoneCandidatesFor(lead.timeZoneCandidates, client.timeZone),
      callingWindow: campaign?.clientId === lead.clientId ? campaign.callingWindow : defaultCallingWindow,
      ...(ruleSet ? { stateRules: { ruleSet, state } } : {}),
    };
  };
}
