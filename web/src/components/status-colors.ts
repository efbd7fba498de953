/**
 * One meaning per color on every screen: green = callable / good, red = blocked / lost,
 * yellow = uncertain or waiting, blue = scheduled, gray = closed or neutral.
 */
export const statusColors = {
  callable: 'green',
  blocked: 'red',
  uncertain: 'yellow',
  neutral: 'gray',
} as const;

const leadStatusColors: Record<string, string> = {
  new: 'blue',
  attempting: 'cyan',
  callback: 'yellow',
  nurture: 'grape',
  not_interested: 'gray',
  disqualified: 'gray',
  dnc: 'red',
  bad_number: 'red',
  appointment_set: 'green',
  appointment_held: 'teal',
  won: 'green',
  lost: 'gray',
};

export const leadStatusColor = (status: string): string => leadStatusColors[status] ?? 'gray';

const appointmentStatusColors: Record<string, string> = {
  scheduled: 'blue',
  confirmed: 'green',
  held: 'teal',
  no_show: 'red',
  cancelled: 'gray',
  rescheduled: 'yellow',
};

export const appointmentStatusColor = (status: string): string => appointmentStatusColors[status] ?? 'gray';
