import type { Temporal } from 'temporal-polyfill';
import type { QualificationForm } from '../qualification/qualification-form.ts';
import type { ScriptSection } from '../scripts/script.ts';

/** What a campaign is made of: lists, scripts, qualification forms, meeting types. */
export interface LeadList {
  id: number;
  clientId: number;
  name: string;
  source: string;
  rowCount: number;
  /** 'importing' while its import job runs: not yet usable in a campaign. */
  status: 'importing' | 'ready';
  createdAt: Temporal.Instant;
}
export interface Script {
  id: number;
  clientId: number;
  name: string;
  version: number;
  mode: 'verbatim' | 'personalizable';
  sections: ScriptSection[];
}
export interface StoredQualificationForm extends QualificationForm {
  id: number;
  clientId: number;
  name: string;
}
export type LocationKind = 'phone' | 'video' | 'in_person';
export interface MeetingType {
  id: number;
  clientId: number;
  name: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  slotStepMinutes: number;
  horizonDays: number;
  locationKinds: LocationKind[];
}
