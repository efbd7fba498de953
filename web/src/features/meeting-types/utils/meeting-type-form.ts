import type { MeetingTypeDetailDto, SaveMeetingTypeRequest } from '../../../../../src/contracts/reps.ts';

export const locationKinds = ['phone', 'video', 'in_person'] as const;
export type LocationKind = (typeof locationKinds)[number];
export const assignments = ['round_robin', 'chosen'] as const;
export type Assignment = (typeof assignments)[number];

export type MeetingTypeFormState = Omit<SaveMeetingTypeRequest, 'clientId'>;

/** The numbers a meeting type is made of, with the limits the API holds them to. */
export const numberFields = [
  { key: 'durationMinutes', min: 5, max: 480 },
  { key: 'bufferBeforeMinutes', min: 0, max: 240 },
  { key: 'bufferAfterMinutes', min: 0, max: 240 },
  { key: 'minimumNoticeMinutes', min: 0, max: 43_200 },
  { key: 'slotStepMinutes', min: 5, max: 240 },
  { key: 'horizonDays', min: 1, max: 365 },
] as const;
export type NumberField = (typeof numberFields)[number]['key'];

/** A new meeting type: half an hour by phone, every active rep in fair rotation. */
export function meetingTypeFormFrom(type: MeetingTypeDetailDto | null): MeetingTypeFormState {
  if (!type) {
    return {
      name: '',
      durationMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 60,
      slotStepMinutes: 30,
      horizonDays: 21,
      locationKinds: ['phone'],
      assignment: 'round_robin',
      requiredSkills: [],
      repIds: [],
      active: true,
    };
  }
  const { id: _id, clientId: _clientId, ...fields } = type;
  return fields;
}

/** Which fields the API would refuse: a name, at least one location kind, numbers in range. */
export function meetingTypeProblems(form: MeetingTypeFormState): Set<keyof MeetingTypeFormState> {
  const problems = new Set<keyof MeetingTypeFormState>();
  if (!form.name.trim()) problems.add('name');
  if (form.locationKinds.length === 0) problems.add('locationKinds');
  for (const { key, min, max } of numberFields) {
    const value = form[key];
    if (!Number.isInteger(value) || value < min || value > max) problems.add(key);
  }
  return problems;
}

export const meetingTypeRequest = (form: MeetingTypeFormState, clientId: number): SaveMeetingTypeRequest => ({
  ...form,
  clientId,
  name: form.name.trim(),
  requiredSkills: form.requiredSkills.map((skill) => skill.trim()).filter(Boolean),
});
