import type { Temporal } from 'temporal-polyfill';
import type { CallResult } from '../../contracts/dispositions.ts';
import type { Disposition } from './lead.ts';

/** A logged call as the lead's card and the call's answer show it. */
export interface AttemptRecord {
  id: number;
  leadId: number;
  campaignId: number | null;
  setterId: number;
  setterName: string;
  startedAt: Temporal.Instant;
  durationSeconds: number;
  disposition: Disposition;
  reason: string | null;
  notes: string | null;
  /** Null for calls logged before dispositions had two levels. */
  callResult: CallResult | null;
  outcomeId: number | null;
  outcomeLabel: string | null;
  scriptVersion: number | null;
}
