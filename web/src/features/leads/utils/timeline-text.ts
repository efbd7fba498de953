import type { TFunction } from 'i18next';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';
import type { Formatters } from '../../../lib/format.ts';
import { correctionText } from './correction-text.ts';

export interface TimelineText {
  title: string;
  detail: string | null;
}

interface TextContext {
  t: TFunction;
  format: Formatters;
  /** The zone the user reads times in. */
  timeZone: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const joined = (parts: (string | null)[]): string | null => {
  const present = parts.filter((p): p is string => p !== null);
  return present.length > 0 ? present.join(' — ') : null;
};

/** "2 min 5 s" in the user's language. */
function duration(t: TFunction, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t('timeline.duration.seconds', { seconds: rest });
  return rest === 0
    ? t('timeline.duration.minutes', { minutes })
    : t('timeline.duration.minutesSeconds', { minutes, seconds: rest });
}

function status(t: TFunction, data: Record<string, unknown>): string | null {
  const from = text(data.fromStatus);
  const to = text(data.toStatus);
  if (!to || from === to) return null;
  const toLabel = t(`leadStatus.${to}`, to);
  return from ? t('timeline.statusChange', { from: t(`leadStatus.${from}`, from), to: toLabel }) : toLabel;
}

function attemptText({ t }: TextContext, item: TimelineItemDto): TimelineText {
  const { data } = item;
  const callResult = text(data.callResult);
  const result =
    text(data.outcomeLabel) ??
    (callResult ? t(`timeline.callResult.${callResult}`, callResult) : null) ??
    t(`disposition.${String(data.disposition)}`, String(data.disposition));
  const seconds = number(data.durationSeconds) ?? 0;
  const key = data.direction === 'inbound' ? 'timeline.attempt.inbound' : 'timeline.attempt.outbound';
  const title = `${t(key, { result })}${seconds > 0 ? ` · ${duration(t, seconds)}` : ''}`;
  const objections = Array.isArray(data.objections)
    ? (data.objections as { title?: unknown; response?: unknown }[])
        .map((o) => (text(o.response) ? `${String(o.title)} → ${String(o.response)}` : String(o.title)))
        .join('; ')
    : '';
  const version = number(data.scriptVersion);
  return {
    title,
    detail: joined([
      text(data.reason),
      text(data.reasonText),
      text(data.notes),
      objections ? t('timeline.attempt.objections', { list: objections }) : null,
      version !== null
        ? t('timeline.attempt.script', {
            name: text(data.scriptName) ?? t('timeline.attempt.aScript'),
            version,
          })
        : null,
      status(t, data),
    ]),
  };
}

function createdText({ t }: TextContext, item: TimelineItemDto): TimelineText {
  const listSource = text(item.data.listSource);
  const listName = text(item.data.listName);
  const title =
    listSource === 'inbound' || listSource === 'web' || listSource === 'api'
      ? t(`timeline.created.${listSource}`)
      : listName
        ? t('timeline.created.imported', { list: listName })
        : t('timeline.created.other');
  return { title, detail: t('timeline.created.source', { source: String(item.data.source) }) };
}

function callbackText({ t, format, timeZone }: TextContext, item: TimelineItemDto): TimelineText {
  const { data } = item;
  if (data.action === 'done' || data.action === 'cancelled')
    return { title: t(`timeline.callback.${data.action}`), detail: null };
  const due = text(data.dueAt);
  const who = data.forAnyone ? t('timeline.callback.forAnyone') : String(data.ownerName);
  return {
    title: t('timeline.callback.created', { time: due ? format.dateTime(due, timeZone) : '—', who }),
    detail: text(data.note),
  };
}

function appointmentText({ t, format, timeZone }: TextContext, item: TimelineItemDto): TimelineText {
  const { data } = item;
  const action = String(data.action);
  const startsAt = text(data.newStartsAt) ?? text(data.startsAt);
  const values = {
    rep: text(data.newRepName) ?? text(data.repName) ?? '—',
    type: text(data.meetingTypeName) ?? t('timeline.appointment.anAppointment'),
    time: startsAt ? format.dateTime(startsAt, timeZone) : '—',
    outcome: t(`timeline.appointment.outcomes.${String(data.outcome)}`, String(data.outcome)),
  };
  const title = t(`timeline.appointment.${action}`, { ...values, defaultValue: item.title });
  return {
    title: data.by === 'lead' ? `${title} ${t('timeline.appointment.byLead')}` : title,
    detail: joined([text(data.reason), status(t, data)]),
  };
}

function qualificationText({ t }: TextContext, item: TimelineItemDto): TimelineText {
  const { data } = item;
  const score = number(data.score) ?? 0;
  const interest = text(data.interest);
  const questions = text(data.questionsAsked);
  return {
    title: t(data.qualified ? 'timeline.qualification.qualified' : 'timeline.qualification.notQualified', {
      score,
    }),
    detail: joined([
      interest
        ? t('timeline.qualification.interest', { interest: t(`interest.${interest}`, interest) })
        : null,
      questions ? t('timeline.qualification.questions', { questions }) : null,
    ]),
  };
}

/**
 * A timeline item in the user's language, from its kind and data (the server's English title is
 * the fallback for kinds or actions this screen does not know yet).
 */
export function timelineText(context: TextContext, item: TimelineItemDto): TimelineText {
  const { t } = context;
  switch (item.kind) {
    case 'attempt':
      return attemptText(context, item);
    case 'created':
      return createdText(context, item);
    case 'callback':
      return callbackText(context, item);
    case 'appointment':
      return appointmentText(context, item);
    case 'qualification':
      return qualificationText(context, item);
    case 'note':
      return { title: t('timeline.note'), detail: item.detail };
    case 'status_change':
      return { title: status(t, item.data) ?? item.title, detail: item.detail };
    case 'do_not_call':
      return {
        title:
          item.data.source === 'disposition'
            ? t('timeline.dnc.requested')
            : t('timeline.dnc.listed', { source: String(item.data.source) }),
        detail: item.detail,
      };
    case 'correction':
      return correctionText(t, item);
    case 'event':
      return { title: item.title, detail: item.detail };
    default: {
      const unknown: never = item.kind;
      return { title: String(unknown), detail: null };
    }
  }
}
