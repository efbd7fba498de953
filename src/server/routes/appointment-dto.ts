import type { AppointmentDto } from '../../contracts/appointments.ts';
import type { Actor } from '../../core/access/actor.ts';
import { AppError, notFound } from '../../core/shared/app-error.ts';
import type { AppointmentRecord } from '../../db/repositories/appointments.repository.ts';
import type { AppDeps } from '../deps.ts';
import { iso, leadToDto } from '../http/mappers.ts';

const answerText = (value: unknown, labels: Map<string, string>): string => {
  if (Array.isArray(value)) return value.map((v) => labels.get(String(v)) ?? String(v)).join(', ');
  if (value === null || value === undefined || value === '') return '—';
  return labels.get(String(value)) ?? String(value);
};

/** Appointments with their lead and the qualification summary a rep walks in with. */
export async function toAppointmentDtos(
  deps: AppDeps,
  records: AppointmentRecord[],
  clientIds: readonly number[],
): Promise<AppointmentDto[]> {
  // Three reads whatever the number of appointments: forms, leads, each lead's latest answers.
  const leadIds = records.map((r) => r.leadId);
  const [formList, leads, qualifications] = await Promise.all([
    deps.catalog.listForms(clientIds),
    deps.leads.findLeads(leadIds),
    deps.leads.latestQualifications(leadIds),
  ]);
  const forms = new Map(formList.map((f) => [f.id, f]));
  return records.map((record) => {
    const lead = leads.get(record.leadId);
    if (!lead) throw notFound('Lead');
    const latest = qualifications.get(record.leadId);
    const form = latest ? forms.get(latest.formId) : undefined;
    return {
      id: record.id,
      clientId: record.clientId,
      clientName: record.clientName,
      status: record.status,
      startsAt: iso(record.startsAt),
      endsAt: iso(record.endsAt),
      leadTimeZone: record.leadTimeZone,
      locationKind: record.locationKind,
      location: record.location,
      rep: { id: record.rep.id, name: record.rep.name, timeZone: record.rep.timeZone },
      setter: record.setter,
      meetingTypeName: record.meetingTypeName,
      lead: leadToDto(lead),
      questionsAsked: record.questionsAsked,
      notes: record.notes,
      sequence: record.sequence,
      statusReason: record.statusReason,
      outcome: record.outcome,
      rescheduledFromId: record.rescheduledFromId,
      repNotes: record.repNotes && { text: record.repNotes.text, updatedAt: iso(record.repNotes.updatedAt) },
      qualification: latest
        ? {
            score: latest.score,
            qualified: latest.qualified,
            interest: latest.interest,
            answers: (form?.questions ?? []).map((q) => ({
              question: q.label,
              answer: answerText(
                latest.answers[q.id],
                new Map((q.options ?? []).map((o) => [o.value, o.label])),
              ),
            })),
          }
        : null,
    };
  });
}

/** One appointment as the actor sees it after a change; INTERNAL if it cannot be read back. */
export async function readAppointmentDto(deps: AppDeps, actor: Actor, id: number): Promise<AppointmentDto> {
  const [record] = await deps.appointments.list({ ids: [id], clientIds: actor.clientIds });
  const [dto] = record ? await toAppointmentDtos(deps, [record], actor.clientIds) : [];
  if (!dto) throw new AppError('INTERNAL', { message: 'The appointment could not be read back' });
  return dto;
}
