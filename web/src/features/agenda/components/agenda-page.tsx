import { Grid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { zoneLabel } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useAppointments } from '../api/get-appointments.ts';
import { useAgendaView } from '../hooks/use-agenda-view.ts';
import { useUpcomingRange } from '../hooks/use-upcoming-range.ts';
import { fetchRange, visibleDates } from '../utils/calendar-grid.ts';
import { AgendaList } from './agenda-list.tsx';
import { AgendaToolbar } from './agenda-toolbar.tsx';
import { NeedsOutcomeList } from './needs-outcome-list.tsx';
import { NextUp } from './next-up.tsx';
import { TimeGrid } from './time-grid.tsx';

/** The moved-from copy of a rescheduled appointment: its successor is on the calendar instead. */
const onCalendar = (appointment: AppointmentDto) => appointment.status !== 'rescheduled';

function repsIn(
  ...lists: (AppointmentDto[] | undefined)[]
): { id: number; name: string; timeZone: string }[] {
  const reps = new Map<number, AppointmentDto['rep']>();
  for (const list of lists) for (const item of list ?? []) reps.set(item.rep.id, item.rep);
  return [...reps.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The rep's calendar, day or week on the rep's own clock, and the same appointments as a list. */
export function AgendaPage() {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const now = useNow(60_000);
  const isRep = user.role === 'rep';
  const upcoming = useAppointments(useUpcomingRange(user.timeZone));
  const [repId, setRepId] = useState<string | null>(null);
  // The calendar reads the rep's clock: a rep's own zone, or the rep a manager picked; else the user's.
  const reps = repsIn(upcoming.data);
  const chosenRep = isRep ? upcoming.data?.[0]?.rep : reps.find((rep) => String(rep.id) === repId);
  const timeZone = chosenRep?.timeZone ?? user.timeZone;
  const state = useAgendaView(timeZone);
  const dates = visibleDates(state.anchor, state.view === 'day' ? 'day' : 'week');
  const inRange = useAppointments(fetchRange(dates, user.timeZone));
  const forRep = (list: AppointmentDto[] | undefined) =>
    (list ?? []).filter((item) => onCalendar(item) && (repId === null || String(item.rep.id) === repId));
  const linkState = { agendaSearch: location.search };
  const showRep = !isRep && repId === null;

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('agenda.title')}
        </Title>
        <Text size="sm" c="dimmed" data-testid="agenda-zone">
          {chosenRep || isRep
            ? t('agenda.zoneRep', { zone: zoneLabel(timeZone) })
            : t('agenda.zoneYours', { zone: zoneLabel(timeZone) })}
        </Text>
      </div>
      <AgendaToolbar
        state={state}
        dates={dates}
        reps={isRep ? null : repsIn(upcoming.data, inRange.data)}
        repId={repId}
        onRepChange={setRepId}
      />
      <ErrorAlert error={upcoming.error ?? inRange.error} />
      <NeedsOutcomeList timeZone={timeZone} now={now} repId={repId} showRep={showRep} linkState={linkState} />
      {state.view === 'list' ? (
        upcoming.isPending ? (
          <Text c="dimmed">{t('common.loading')}</Text>
        ) : (
          <AgendaList
            appointments={forRep(upcoming.data)}
            timeZone={timeZone}
            showRep={showRep}
            linkState={linkState}
          />
        )
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 9 }}>
            <TimeGrid
              dates={dates}
              appointments={forRep(inRange.data)}
              timeZone={timeZone}
              today={state.today}
              now={now}
              showRep={showRep}
              linkState={linkState}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 3 }}>
            <NextUp
              appointments={forRep(upcoming.data)}
              timeZone={timeZone}
              now={now}
              showRep={showRep}
              linkState={linkState}
            />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
