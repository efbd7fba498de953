/** An email the app sends: an invite, a reminder, a notice. */
export interface MailMessage {
  to: { name?: string; email: string }[];
  subject: string;
  text: string;
  html?: string;
  /**
   * An iCalendar invite or cancellation, sent as the `text/calendar; method=…` alternative that
   * mail clients turn into Accept/Decline buttons (RFC 6047).
   */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/** Sends mail; resolves once the server accepted the message for delivery. */
export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string }>;
}
