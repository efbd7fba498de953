import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import {
  byWeekday,
  type IntervalProblem,
  type LocalInterval,
  type WeeklyInterval,
} from '../utils/intervals.ts';
import { IntervalsInput } from './intervals-input.tsx';

interface WeeklyHoursEditorProps {
  value: WeeklyInterval[];
  onChange: (next: WeeklyInterval[]) => void;
  timeZone: string;
  /** Shown only once the manager tried to save. */
  problems: Map<number, IntervalProblem>;
}

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** Monday to Sunday, each a working day with its intervals or a day off, on the rep's clock. */
export function WeeklyHoursEditor({ value, onChange, timeZone, problems }: WeeklyHoursEditorProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const days = byWeekday(value);
  const setDay = (weekday: number, intervals: LocalInterval[]) =>
    onChange([
      ...value.filter((interval) => interval.weekday !== weekday),
      ...intervals.map((interval) => ({ weekday, ...interval })),
    ]);
  return (
    <Stack component="fieldset" gap={6} m={0} p={0} style={{ border: 0 }}>
      <Text component="legend" fw={600} size="sm" mb={4}>
        {t('reps.hours.legend', { zone: zoneLabel(timeZone) })}
      </Text>
      {weekdays.map((weekday) => {
        const intervals = days.get(weekday) ?? [];
        const name = format.weekday(weekday);
        const problem = problems.get(weekday);
        return (
          <Group key={weekday} align="flex-start" wrap="nowrap" gap="sm">
            <Checkbox
              w={130}
              mt={6}
              label={name}
              checked={intervals.length > 0}
              onChange={(event) =>
                setDay(
                  weekday,
                  event.currentTarget.checked ? [{ startLocal: '09:00', endLocal: '17:00' }] : [],
                )
              }
            />
            {intervals.length > 0 ? (
              <IntervalsInput
                intervals={intervals}
                onChange={(next) => setDay(weekday, next)}
                dayLabel={name}
                error={problem ? t(`reps.hours.problem.${problem}`) : null}
              />
            ) : (
              <Text size="sm" c="dimmed" mt={6}>
                {t('reps.hours.dayOff')}
              </Text>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
