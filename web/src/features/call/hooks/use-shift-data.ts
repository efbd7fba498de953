import { useMemo } from 'react';
import type { CampaignWorkspace, ScriptDto } from '../../../../../src/contracts/campaigns.ts';
import type { OutcomeDto, OutcomeReasonDto } from '../../../../../src/contracts/dispositions.ts';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import type { ScriptForMeDto } from '../../../../../src/contracts/scripts.ts';
import type { ScriptSection } from '../../../../../src/core/scripts/script.ts';
import { useInboundScriptId } from '../api/get-inbound-script.ts';
import { useObjections } from '../api/get-objections.ts';
import { useClientOutcomes } from '../api/get-outcomes.ts';
import { useScriptForMe } from '../api/get-script-for-me.ts';
import type { ScriptInUse } from '../utils/attempt-payload.ts';
import { pickableOutcomes } from '../utils/call-results.ts';

/** What a lead is worked with: the campaign's (or, for a lead opened directly, the client's) setup. */
export interface CallSetup {
  campaignId: number | null;
  client: CampaignWorkspace['client'];
  form: CampaignWorkspace['qualificationForm'];
  meetingType: CampaignWorkspace['meetingType'];
  /** The company script of the campaign: read when the setter's own wording cannot be. */
  script: ScriptDto | null;
}

export interface ScriptOnScreen extends ScriptInUse {
  name: string;
  mode: ScriptDto['mode'];
  wording: ScriptForMeDto['wording'];
  baseVersion: number | null;
  companyWordingIn: ScriptForMeDto['companyWordingIn'];
  sections: ScriptSection[];
}

export interface ShiftData {
  outcomes: OutcomeDto[] | undefined;
  reasons: OutcomeReasonDto[];
  outcomesError: unknown;
  objections: ObjectionDto[] | undefined;
  objectionsError: unknown;
  script: ScriptOnScreen | null;
  scriptLoading: boolean;
}

const companyScript = (script: ScriptDto): ScriptOnScreen => ({
  scriptId: script.id,
  version: script.version,
  variantId: null,
  wording: 'company',
  baseVersion: null,
  companyWordingIn: [],
  name: script.name,
  mode: script.mode,
  sections: script.sections,
});

/**
 * The client's outcomes, reasons and objections and the setter's script, each read once per
 * shift and kept: mounted with the campaign, so every lead after the first renders from memory.
 * An inbound call reads the client's inbound script, else the campaign's.
 */
export function useShiftData(setup: CallSetup, inbound: boolean): ShiftData {
  const outcomes = useClientOutcomes(setup.client.id);
  const objections = useObjections(setup.client.id);
  const inboundScript = useInboundScriptId(inbound ? setup.client.id : null);
  const waitsForInbound = inbound && inboundScript.isPending;
  const scriptId = waitsForInbound ? null : (inboundScript.data ?? setup.script?.id ?? null);
  const forMe = useScriptForMe(scriptId);
  return useMemo(() => {
    let script: ScriptOnScreen | null = null;
    if (forMe.data) script = { ...forMe.data, variantId: forMe.data.variantId };
    else if (forMe.isError && setup.script && setup.script.id === scriptId)
      script = companyScript(setup.script);
    return {
      outcomes: outcomes.data ? pickableOutcomes(outcomes.data.outcomes) : undefined,
      reasons: outcomes.data?.reasons ?? [],
      outcomesError: outcomes.error,
      objections: objections.data,
      objectionsError: objections.error,
      script,
      scriptLoading: waitsForInbound || (scriptId !== null && forMe.isPending),
    };
  }, [
    outcomes.data,
    outcomes.error,
    objections.data,
    objections.error,
    forMe.data,
    forMe.isError,
    forMe.isPending,
    setup.script,
    scriptId,
    waitsForInbound,
  ]);
}
