import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type {
  AppointmentEntry,
  AttemptEntry,
  AttemptObjectionEntry,
  CallbackEntry,
  LeadEventEntry,
  NoteEntry,
  QualificationEntry,
} from '../../core/timeline/timeline.ts';
import { parseJson } from '../json.ts';
import type { Database } from '../schema.ts';

export const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);

/** How many questions were answered (an empty answer is no answer). */
function answerCount(answers: string): number {
  const parsed = parseJson<Record<string, unknown>>(answers, {});
  return Object.values(parsed).filter((v) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .length;
}

/** The text of the response used, found by its id among the objection's prepared responses. */
function responseText(responses: string, responseId: string | null): string | null {
  if (responseId === null) return null;
  const list = parseJson<{ id?: unknown; text?: unknown }[]>(responses, []);
  const found = Array.isArray(list) ? list.find((r) => r.id === responseId) : undefined;
  return typeof found?.text === 'string' ? found.text : null;
}

/**
 * The reads behind a lead's timeline, one per source table, each by the lead's id through that
 * table's lead index (objections by their calls' ids), joined by primary key to the names shown.
 */
export function createTimelineReads(db: Kysely<Database>) {
  const attempts = async (leadId: number): Promise<AttemptEntry[]> => {
    const rows = await db
      .selectFrom('call_attempts as a')
      .innerJoin('users as u', 'u.id', 'a.setter_id')
      .leftJoin('outcomes as o', 'o.id', 'a.outcome_id')
      .leftJoin('outcome_reasons as r', 'r.id', 'a.reason_id')
      .leftJoin('scripts as s', 's.id', 'a.script_id')
      .leftJoin('campaigns as c', 'c.id', 'a.campaign_id')
      .select([
        'a.id',
        'a.started_at',
        'a.direction',
        'a.duration_seconds',
        'a.disposition',
        'a.call_result',
        'a.reason',
        'a.reason_text',
        'a.notes',
        'a.script_version',
        'a.script_variant_id',
        'u.name as setter_name',
        'o.key as outcome_key',
        'o.label as outcome_label',
        'r.label as reason_label',
        's.name as script_name',
        'c.name as campaign_name',
      ])
      .where('a.lead_id', '=', leadId)
      // An undone call is told by its correction (with what it said), not as a call.
      .where('a.undone_at', 'is', null)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      startedAt: instant(r.started_at),
      setterName: r.setter_name,
      direction: r.direction,
      durationSeconds: r.duration_seconds,
      disposition: r.disposition,
      callResult: r.call_result,
      outcomeKey: r.outcome_key,
      outcomeLabel: r.outcome_label,
      reason: r.reason,
      reasonLabel: r.reason_label,
      reasonText: r.reason_text,
      notes: r.notes,
      campaignName: r.campaign_name,
      scriptName: r.script_name,
      scriptVersion: r.script_version,
      scriptVariantId: r.script_variant_id,
    }));
  };

  // By the calls' ids (the attempt index), once the calls are read.
  const objections = async (attemptIds: readonly number[]): Promise<AttemptObjectionEntry[]> => {
    if (attemptIds.length === 0) return [];
    const rows = await db
      .selectFrom('attempt_objections as ao')
      .innerJoin('objections as o', 'o.id', 'ao.objection_id')
      .select(['ao.id', 'ao.attempt_id', 'ao.objection_id', 'ao.response_id', 'o.title', 'o.responses'])
      .where('ao.attempt_id', 'in', attemptIds)
      .orderBy('ao.id')
      .execute();
    return rows.map((r) => ({
      attemptId: r.attempt_id,
      objectionId: r.objection_id,
      title: r.title,
      responseId: r.response_id,
      responseText: responseText(r.responses, r.response_id),
    }));
  };

  const events = async (leadId: number): Promise<LeadEventEntry[]> => {
    const rows = await db
      .selectFrom('lead_events as e')
      .leftJoin('users as u', 'u.id', 'e.actor_user_id')
      .select(['e.id', 'e.type', 'e.from_status', 'e.to_status', 'e.reason', 'e.data', 'e.created_at'])
      .select('u.name as actor_name')
      .where('e.lead_id', '=', leadId)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      reason: r.reason,
      actorName: r.actor_name,
      data: parseJson<Record<string, unknown>>(r.data, {}),
      createdAt: instant(r.created_at),
    }));
  };

  const notes = async (leadId: number): Promise<NoteEntry[]> => {
    const rows = await db
      .selectFrom('lead_notes as n')
      .innerJoin('users as u', 'u.id', 'n.author_user_id')
      .select(['n.id', 'n.text', 'n.created_at', 'u.name as author_name'])
      .where('n.lead_id', '=', leadId)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      authorName: r.author_name,
      createdAt: instant(r.created_at),
    }));
  };

  const qualifications = async (leadId: number): Promise<QualificationEntry[]> => {
    const rows = await db
      .selectFrom('qualification_answers as q')
      .innerJoin('users as u', 'u.id', 'q.setter_id')
      .leftJoin('qualification_forms as f', 'f.id', 'q.form_id')
      .select([
        'q.id',
        'q.attempt_id',
        'q.answers',
        'q.score',
        'q.qualified',
        'q.interest',
        'q.questions_asked',
      ])
      .select(['q.created_at', 'u.name as setter_name', 'f.name as form_name'])
      .where('q.lead_id', '=', leadId)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      attemptId: r.attempt_id,
      formName: r.form_name,
      score: r.score,
      qualified: r.qualified === 1,
      interest: r.interest,
      questionsAsked: r.questions_asked,
      answerCount: answerCount(r.answers),
      setterName: r.setter_name,
      createdAt: instant(r.created_at),
    }));
  };

  const callbacks = async (leadId: number): Promise<CallbackEntry[]> => {
    const rows = await db
      .selectFrom('callbacks as c')
      .innerJoin('users as creator', 'creator.id', 'c.created_by_user_id')
      .leftJoin('users as owner', 'owner.id', 'c.owner_user_id')
      .select(['c.id', 'c.due_at', 'c.status', 'c.note', 'c.created_at'])
      .select(['creator.name as created_by_name', 'owner.name as owner_name'])
      .where('c.lead_id', '=', leadId)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      dueAt: instant(r.due_at),
      status: r.status,
      note: r.note,
      ownerName: r.owner_name,
      createdByName: r.created_by_name,
      createdAt: instant(r.created_at),
    }));
  };

  const appointments = async (leadId: number): Promise<AppointmentEntry[]> => {
    const rows = await db
      .selectFrom('appointments as a')
      .innerJoin('reps as r', 'r.id', 'a.rep_id')
      .innerJoin('users as u', 'u.id', 'a.setter_id')
      .leftJoin('meeting_types as m', 'm.id', 'a.meeting_type_id')
      .select(['a.id', 'a.starts_at', 'a.ends_at', 'a.status', 'a.location_kind', 'a.outcome'])
      .select(['a.rescheduled_from_id', 'a.created_at', 'r.name as rep_name', 'u.name as setter_name'])
      .select('m.name as meeting_type_name')
      .where('a.lead_id', '=', leadId)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      startsAt: instant(r.starts_at),
      endsAt: instant(r.ends_at),
      status: r.status,
      repName: r.rep_name,
      meetingTypeName: r.meeting_type_name,
      locationKind: r.location_kind,
      setterName: r.setter_name,
      outcome: r.outcome,
      rescheduledFromId: r.rescheduled_from_id,
      createdAt: instant(r.created_at),
    }));
  };

  return { attempts, objections, events, notes, qualifications, callbacks, appointments };
}
