import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useMyReps, useSaveWeeklyHours } from '../api/my-reps.ts';
import { weeklyHoursProblems } from '../utils/intervals.ts';
import { DateOverridesSection } from './date-overrides-section.tsx';
import { FeedUrlSection } from './feed-url-section.tsx';
import { TimeOffSection } from './time-off-section.tsx';
import { WeeklyHoursEditor } from './weekly-hours-editor.tsx';

/**
 * A rep's own schedule: weekly hours, days off and time off, and the calendar-feed link. What
 * a manager sets (territory, skills, daily maximum) is not here.
 */
export function MySchedulePage() {
  const { t } = useTranslation();
  const reps = useMyReps();
  return (
    <Stack gap="md" maw={900} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('reps.mine.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reps.mine.intro')}
        </Text>
      </div>
      <ErrorAlert error={reps.error} />
      {reps.isPending && <Text>{t('common.loading')}</Text>}
      {reps.data?.length === 0 && (
        <Paper withBorder p="md">
          <Text>{t('reps.mine.none')}</Text>
        </Paper>
      )}
      {reps.data?.map((rep) => (
        <RepSchedule key={rep.id} rep={rep} several={(reps.data?.length ?? 0) > 1} />
      ))}
    </Stack>
  );
}

function RepSchedule({ rep, several }: { rep: RepDto; several: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveWeeklyHours();
  const [hours, setHours] = useState(rep.weeklyHours);
  const [tried, setTried] = useState(false);
  const problems = weeklyHoursProblems(hours);
  const changed = JSON.stringify(hours) !== JSON.stringify(rep.weeklyHours);
  return (
    <Paper withBorder p="md" component="section" aria-label={rep.name}>
      <Stack gap="lg">
        {several && (
          <Title order={2} size="h4">
            {rep.name}
          </Title>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (problems.size > 0) return;
            save.mutate(
              { repId: rep.id, weeklyHours: hours },
              { onSuccess: () => notify({ color: 'green', message: t('reps.mine.hoursSaved') }) },
            );
          }}
        >
          <Stack gap="sm">
            <WeeklyHoursEditor
              value={hours}
              onChange={setHours}
              timeZone={rep.timeZone}
              problems={tried ? problems : new Map()}
            />
            <Group>
              <Button type="submit" disabled={!changed} loading={save.isPending}>
                {t('reps.mine.saveHours')}
              </Button>
            </Group>
            <ErrorAlert error={save.error} />
          </Stack>
        </form>
        <Divider />
        <TimeOffSection rep={rep} />
        <Divider />
        <DateOverridesSection rep={rep} />
        <Divider />
        <FeedUrlSection rep={rep} />
      </Stack>
    </Paper>
  );
}
