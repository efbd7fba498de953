import type { Temporal } from 'temporal-polyfill';
import type { AppointmentMessaging, AppointmentWriter } from './appointment-ports.ts';
import type { BookingWriter } from './booking-writes.ts';
import { announceAppointment } from './notify-appointment.ts';

type Transaction<W> = <T>(work: (writer: W) => Promise<T>) => Promise<T>;

/**
 * A booking transaction that also announces what it booked — the lead's private link, the invites
 * to the lead and the rep, the reminder jobs — inside the same transaction, so a booking and its
 * mails commit together or not at all (a lost race rolls both back).
 */
export function announcingBookings(
  transaction: Transaction<BookingWriter & AppointmentWriter>,
  messaging: AppointmentMessaging,
  now: Temporal.Instant,
): Transaction<BookingWriter> {
  return <T>(work: (writer: BookingWriter) => Promise<T>): Promise<T> =>
    transaction(async (writer) => {
      const booked: number[] = [];
      const result = await work({
        ...writer,
        async insertAppointment(appointment) {
          const id = await writer.insertAppointment(appointment);
          if (id !== undefined) booked.push(id);
          return id;
        },
      });
      for (const id of booked) await announceAppointment(writer, messaging, id, 'booked', now);
      return result;
    });
}
