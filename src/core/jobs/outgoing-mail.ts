/** One email as it is queued in the outbox; the worker sends it. */
export interface OutgoingMail {
  clientId: number | null;
  appointmentId: number | null;
  to: { name?: string; email: string }[];
  subject: string;
  text: string;
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string } | null;
}

export interface StoredMail extends OutgoingMail {
  id: number;
  status: 'pending' | 'sent' | 'failed';
}

/** What delivers mail (SMTP in production, a recorder in tests). */
export interface MailTransport {
  send(mail: {
    to: { name?: string; email: string }[];
    subject: string;
    text: string;
    calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
  }): Promise<unknown>;
}
