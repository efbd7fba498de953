import { Button, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { DateField } from '../../../components/typed-date-time-field.tsx';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { useRemoveDateOverride, useSetDateOverride } from '../api/rep-exceptions.ts';
import { intervalsProblem, intervalsText, type LocalInterval } from '../utils/intervals.ts';
import { IntervalsInput } from './intervals-input.tsx';

/** One date with other hours than the week's (a half day, a Saturday event) or a day off. */
export function DateOverridesSection({ rep }: { rep: RepDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const setOverride = useSetDateOverride();
  const remove = useRemoveDateOverride();
  const [date, setDate] = useState('');
  const [dayOff, setDayOff] = useState(true);
  const [intervals, setIntervals] = useState<LocalInterval[]>([{ startLocal: '09:00', endLocal: '13:00' }]);
  const [problem, setProblem] = useState<string | null>(null);
  const overrides = [...rep.overrides].sort((a, b) => a.localDate.localeCompare(b.localDate));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem(t('reps.overrides.missingDate'));
    const wrong = dayOff ? null : intervals.length === 0 ? 'missing' : intervalsProblem(intervals);
    if (wrong) return setProblem(t(`reps.hours.problem.${wrong}`));
    setProblem(null);
    setOverride.mutate(
      { repId: rep.id, localDate: date, intervals: dayOff ? [] : intervals },
      { onSuccess: () => setDate('') },
    );
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="overrides-title">
      <Title order={3} size="h5" id="overrides-title">
        {t('reps.overrides.title')}
      </Title>
      {overrides.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reps.overrides.none')}
        </Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none" p={0}>
          {overrides.map((override) => (
            <List.Item key={override.localDate}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" style={{ flex: 1 }}>
                  {format.localDate(override.localDate)}:{' '}
                  {override.intervals.length === 0
                    ? t('reps.hours.dayOff')
                    : intervalsText(override.intervals)}
                </Text>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-xs"
                  loading={remove.isPending && remove.variables?.localDate === override.localDate}
                  onClick={() => remove.mutate({ repId: rep.id, localDate: override.localDate })}
                  aria-label={t('reps.overrides.removeNamed', { date: format.localDate(override.localDate) })}
                >
                  {t('reps.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={t('reps.overrides.add')}>
        <Stack gap="xs">
          <Group align="flex-end" gap="sm">
            <DateField
              size="xs"
              label={t('reps.overrides.date', { zone: zoneLabel(rep.timeZone) })}
              value={date}
              onChange={(value) => setDate(value)}
            />
            <Checkbox
              mb={6}
              label={t('reps.hours.dayOff')}
              checked={dayOff}
              onChange={(event) => setDayOff(event.currentTarget.checked)}
            />
          </Group>
          {!dayOff && (
            <IntervalsInput
              intervals={intervals}
              onChange={setIntervals}
              dayLabel={date || t('reps.overrides.thatDay')}
            />
          )}
          {problem && (
            <Text size="xs" c="var(--mantine-color-red-light-color)" role="alert">
              {problem}
            </Text>
          )}
          <Button type="submit" size="xs" variant="light" w="fit-content" loading={setOverride.isPending}>
            {t('reps.overrides.add')}
          </Button>
        </Stack>
      </form>
      <ErrorAlert error={setOverride.error ?? remove.error} />
    </Stack>
  );
}
