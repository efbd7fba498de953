import './time-grid.css';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Temporal } from 'temporal-polyfill';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { appointmentStatusColor } from '../../../components/status-colors.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../lib/format.ts';
import { gridHours, type Placed, placeOnDays } from '../utils/calendar-grid.ts';
import { needsOutcome, needsOutcomeColor } from '../utils/needs-outcome.ts';

interface TimeGridProps {
  dates: Temporal.PlainDate[];
  appointments: AppointmentDto[];
  /** The rep's zone: rows are hours of that clock. */
  timeZone: string;
  today: Temporal.PlainDate;
  now: string;
  /** Managers see several reps at once: the rep is named on each appointment. */
  showRep: boolean;
  /** Kept by the appointment page, for the way back to the same week. */
  linkState?: unknown;
}

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const closedStatuses = new Set(['cancelled', 'no_show']);

/** Day or week columns of hours on the rep's clock, each appointment placed by its start and end. */
export function TimeGrid({ dates, appointments, timeZone, today, now, showRep, linkState }: TimeGridProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = placeOnDays(appointments, dates, timeZone);
  const hours = gridHours(columns.values());
  const hourCount = hours.endHour - hours.startHour;
  const minuteToPx = (minute: number) => `calc(${(minute - hours.startHour * 60) / 60} * var(--hour-height))`;
  const nowLocal = Temporal.Instant.from(now).toZonedDateTimeISO(timeZone);
  const nowMinute = nowLocal.hour * 60 + nowLocal.minute;
  const nowVisible = nowMinute >= hours.startHour * 60 && nowMinute <= hours.endHour * 60;

  const event = (entry: Placed<AppointmentDto>) => {
    const { item } = entry;
    // A meeting over without held / no-show stands out: orange, dashed, "needs an outcome".
    const overdue = needsOutcome(item, now);
    const color = overdue ? needsOutcomeColor : appointmentStatusColor(item.status);
    const name = `${item.lead.firstName} ${item.lead.lastName}`.trim();
    const times = `${format.time(item.startsAt, timeZone)}–${format.time(item.endsAt, timeZone)}`;
    const detail = [
      overdue ? t('agenda.needsOutcome.badge') : t(`appointmentStatus.${item.status}`),
      item.meetingTypeName,
      item.lead.company,
      showRep ? item.rep.name : null,
    ].filter(Boolean);
    const style = {
      top: minuteToPx(entry.startMinute),
      height: `calc(${(entry.endMinute - entry.startMinute) / 60} * var(--hour-height) - 2px)`,
      left: `calc(${entry.lane / entry.lanes} * 100% + 2px)`,
      width: `calc(${1 / entry.lanes} * 100% - 4px)`,
      '--event-bg': `var(--mantine-color-${color}-light)`,
      '--event-border': `var(--mantine-color-${color}-filled)`,
      '--event-color': `var(--mantine-color-${color}-light-color)`,
    } as CSSProperties;
    return (
      <li key={item.id}>
        <Link
          to={paths.appointment.getHref(item.id)}
          state={linkState}
          className="time-grid__event"
          style={style}
          title={`${times} ${name} · ${detail.join(' · ')}`}
          data-closed={closedStatuses.has(item.status) || undefined}
          data-needs-outcome={overdue || undefined}
          data-testid="calendar-event"
        >
          <span className="time-grid__event-time">{format.time(item.startsAt, timeZone)}</span>
          <span className="time-grid__event-name">{name}</span>
          <span className="visually-hidden">
            {' '}
            ({times}) · {detail.join(' · ')}
          </span>
        </Link>
      </li>
    );
  };

  return (
    <div
      className="time-grid"
      style={{ '--days': dates.length, '--hours': hourCount } as CSSProperties}
      data-testid="time-grid"
    >
      <div aria-hidden="true">
        <div className="time-grid__head" />
        {Array.from({ length: hourCount }, (_, index) => hours.startHour + index).map((hour) => (
          <div key={hour} className="time-grid__gutter-label">
            {hourLabel(hour)}
          </div>
        ))}
      </div>
      {dates.map((date) => {
        const key = date.toString();
        const noon = date.toZonedDateTime({ timeZone, plainTime: '12:00' }).toInstant().toString();
        const entries = columns.get(key) ?? [];
        const isToday = date.equals(today);
        return (
          <section key={key} className="time-grid__day" aria-labelledby={`day-${key}`}>
            <h3 id={`day-${key}`} className="time-grid__head" data-today={isToday || undefined}>
              {dates.length === 1 ? format.longDay(noon, timeZone) : format.day(noon, timeZone)}
              {isToday && <span className="visually-hidden"> ({t('agenda.today')})</span>}
            </h3>
            <div className="time-grid__body">
              {isToday && nowVisible && (
                <div className="time-grid__now" style={{ top: minuteToPx(nowMinute) }} aria-hidden="true" />
              )}
              {entries.length > 0 ? (
                <ul className="time-grid__events">{entries.map(event)}</ul>
              ) : (
                <p className="visually-hidden">{t('agenda.noneThatDay')}</p>
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}
