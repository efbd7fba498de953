import type { MeetingType } from '../campaigns/catalog.ts';

/** How a booking picks the rep: the setter chooses, or fair round-robin among the free ones. */
export const assignmentPolicies = ['round_robin', 'chosen'] as const;
export type AssignmentPolicy = (typeof assignmentPolicies)[number];

/** A meeting type with who takes it and how the rep is picked. */
export interface MeetingTypeDetail extends MeetingType {
  assignment: AssignmentPolicy;
  /** Skills or products a rep needs, all of them. */
  requiredSkills: string[];
  /** The reps who take it; [] = every active rep of the client. */
  repIds: number[];
  active: boolean;
}

/** What a manager saves about a meeting type. */
export type MeetingTypeFields = Omit<MeetingTypeDetail, 'id'>;

export const isAssignmentPolicy = (value: string): value is AssignmentPolicy =>
  (assignmentPolicies as readonly string[]).includes(value);
