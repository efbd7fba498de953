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

const outboxStatusColors: Record<string, string> = { pending: 'yellow', sent: 'green', failed: 'red' };

export const outboxStatusColor = (status: string): string => outboxStatusColors[status] ?? 'gray';

/** Won is good news, lost is closed. */
export const outcomeColor = (result: 'won' | 'lost'): string => (result === 'won' ? 'green' : 'gray');

/**
 * Filled buttons that say yes (book, confirm): Mantine's green 9 with white text is 4.4:1, just
 * under WCAG AA, so a slightly darker green (5.2:1).
 */
export const goodActionColor = '#277d38';

/** A filled badge of the sales outcome, white text at AA contrast. */
export const outcomeBadgeColor = (result: 'won' | 'lost'): string =>
  result === 'won' ? goodActionColor : 'gray.7';
