import type { TFunction } from 'i18next';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** What a call said, in the user's language: the client's outcome, else the call result or disposition. */
export function callSummary(t: TFunction, call: Record<string, unknown>): string {
  const callResult = text(call.callResult);
  return (
    text(call.outcomeLabel) ??
    (callResult && callResult !== 'contact_made'
      ? t(`timeline.callResult.${callResult}`, callResult)
      : null) ??
    t(`disposition.${String(call.disposition)}`, String(call.disposition ?? ''))
  );
}

/** "Held, won" or "No-show", in the user's language. */
export function appointmentSummary(t: TFunction, state: Record<string, unknown>): string {
  const status = t(`appointmentStatus.${String(state.status)}`, String(state.status ?? ''));
  const outcome = text(record(state.outcome).result);
  return outcome ? `${status}, ${t(`timeline.appointment.outcomes.${outcome}`, outcome)}` : status;
}

/** The line a correction reads as, from its subject, action, before and after. */
export function correctionTitle(
  t: TFunction,
  correction: { subject?: unknown; action?: unknown; before?: unknown; after?: unknown },
): string {
  const before = record(correction.before);
  const after = record(correction.after);
  if (correction.subject === 'attempt' && correction.action === 'undo')
    return t('corrections.line.undo', { before: callSummary(t, before) });
  if (correction.subject === 'attempt')
    return t('corrections.line.edit', { before: callSummary(t, before), after: callSummary(t, after) });
  if (correction.subject === 'appointment')
    return t('corrections.line.appointment', {
      before: appointmentSummary(t, before),
      after: appointmentSummary(t, after),
    });
  return t('corrections.line.dncLifted');
}

/** A correction on the lead's timeline: the line, then why and what the lead's status became. */
export function correctionText(
  t: TFunction,
  item: TimelineItemDto,
): { title: string; detail: string | null } {
  const from = text(item.data.fromStatus);
  const to = text(item.data.toStatus);
  const reason = text(item.data.reason);
  const parts = [
    reason ? t('corrections.why', { reason }) : null,
    from && to && from !== to
      ? t('timeline.statusChange', { from: t(`leadStatus.${from}`, from), to: t(`leadStatus.${to}`, to) })
      : null,
  ].filter((part): part is string => part !== null);
  return { title: correctionTitle(t, item.data), detail: parts.length > 0 ? parts.join(' — ') : null };
}
