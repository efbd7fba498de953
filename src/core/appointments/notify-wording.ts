import type { Language } from '../../contracts/auth.ts';
import type { InviteReason } from './notify-texts.ts';

/** Every phrase an appointment mail or calendar entry is built from, in one language. */
export interface NotifyWording {
  /** The BCP 47 tag dates are written in, with that language's clock and order. */
  dateLocale: string;
  greeting: (name: string) => string;
  inviteSubject: Record<InviteReason, (what: string, when: string) => string>;
  inviteOpening: Record<InviteReason, string>;
  reminderSubject: (what: string, when: string) => string;
  reminderOpening: (what: string) => string;
  /** Labels of the meeting's lines, each followed by a space and its value. */
  what: string;
  when: string;
  where: string;
  why: string;
  selfServiceLine: (link: string) => string;
  /** The lead's name for the meeting: the rep's is the lead's name, the same in every language. */
  leadSummary: (meetingType: string, rep: string, client: string) => string;
  phoneCall: (rep: string, phone: string) => string;
  videoCall: string;
  briefing: { lead: string; phone: string; email: string; questionsAsked: string; setterNotes: string };
}

const english: NotifyWording = {
  dateLocale: 'en-US',
  greeting: (name) => `Hello ${name},`,
  inviteSubject: {
    booked: (what, when) => `Appointment: ${what}, ${when}`,
    rescheduled: (what, when) => `Moved: ${what}, now ${when}`,
    cancelled: (what, when) => `Cancelled: ${what}, ${when}`,
  },
  inviteOpening: {
    booked: 'Your appointment is booked.',
    rescheduled: 'Your appointment has moved to a new time.',
    cancelled: 'Your appointment has been cancelled.',
  },
  reminderSubject: (what, when) => `Reminder: ${what}, ${when}`,
  reminderOpening: (what) => `A reminder of your appointment: ${what}`,
  what: 'What:',
  when: 'When:',
  where: 'Where:',
  why: 'Why:',
  selfServiceLine: (link) => `To confirm, reschedule or cancel: ${link}`,
  leadSummary: (meetingType, rep, client) => `${meetingType} with ${rep} (${client})`,
  phoneCall: (rep, phone) => `Phone call: ${rep} calls ${phone}`,
  videoCall: 'Video call (the link follows)',
  briefing: {
    lead: 'Lead:',
    phone: 'Phone:',
    email: 'Email:',
    questionsAsked: 'Questions asked:',
    setterNotes: "Setter's notes:",
  },
};

const serbian: NotifyWording = {
  dateLocale: 'sr-Cyrl-RS',
  greeting: (name) => `Здраво ${name},`,
  inviteSubject: {
    booked: (what, when) => `Састанак: ${what}, ${when}`,
    rescheduled: (what, when) => `Премештено: ${what}, сада ${when}`,
    cancelled: (what, when) => `Отказано: ${what}, ${when}`,
  },
  inviteOpening: {
    booked: 'Ваш састанак је заказан.',
    rescheduled: 'Ваш састанак је померен на нови термин.',
    cancelled: 'Ваш састанак је отказан.',
  },
  reminderSubject: (what, when) => `Подсетник: ${what}, ${when}`,
  reminderOpening: (what) => `Подсетник на ваш састанак: ${what}`,
  what: 'Шта:',
  when: 'Када:',
  where: 'Где:',
  why: 'Зашто:',
  selfServiceLine: (link) => `Да потврдите, померите или откажете: ${link}`,
  leadSummary: (meetingType, rep, client) => `${meetingType} са ${rep} (${client})`,
  phoneCall: (rep, phone) => `Телефонски позив: ${rep} зове ${phone}`,
  videoCall: 'Видео-позив (линк стиже накнадно)',
  briefing: {
    lead: 'Контакт:',
    phone: 'Телефон:',
    email: 'Имејл:',
    questionsAsked: 'Постављена питања:',
    setterNotes: 'Белешке заказивача:',
  },
};

export const notifyWording: Record<Language, NotifyWording> = { en: english, sr: serbian };
