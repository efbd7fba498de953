import type { OutboxMessageDto } from '../../../../../src/contracts/appointments.ts';

/** "Rita Reyes <rita@…>, lead@…": who a mail went to, on one line. */
export const recipients = (message: Pick<OutboxMessageDto, 'to'>): string =>
  message.to.map((to) => (to.name ? `${to.name} <${to.email}>` : to.email)).join(', ');
