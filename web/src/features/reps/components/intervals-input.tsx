import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TimeField } from '../../../components/typed-date-time-field.tsx';
import type { LocalInterval } from '../utils/intervals.ts';

interface IntervalsInputProps {
  intervals: LocalInterval[];
  onChange: (next: LocalInterval[]) => void;
  /** Names the day in each field's label ("Monday"), for screen readers. */
  dayLabel: string;
  error?: string | null;
}

/** The next interval starts where the last one ends, an hour long: a break is then one edit away. */
function nextInterval(last: LocalInterval | undefined): LocalInterval {
  if (!last) return { startLocal: '09:00', endLocal: '17:00' };
  const hour = Math.min(23, Number(last.endLocal.slice(0, 2)) + 1);
  const end = hour >= 23 ? '23:59' : `${String(hour).padStart(2, '0')}:${last.endLocal.slice(3)}`;
  return { startLocal: last.endLocal, endLocal: end };
}

/** Several working intervals in one day, on the rep's clock. */
export function IntervalsInput({ intervals, onChange, dayLabel, error }: IntervalsInputProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<LocalInterval>) =>
    onChange(intervals.map((interval, at) => (at === index ? { ...interval, ...change } : interval)));
  return (
    <Stack gap={4}>
      {intervals.map((interval, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no identity but their place.
        <Group key={index} gap={6} wrap="nowrap">
          <TimeField
            size="xs"
            aria-label={t('reps.hours.from', { day: dayLabel, index: index + 1 })}
            value={interval.startLocal}
            onChange={(value) => update(index, { startLocal: value })}
          />
          <Text size="sm" aria-hidden="true">
            –
          </Text>
          <TimeField
            size="xs"
            aria-label={t('reps.hours.until', { day: dayLabel, index: index + 1 })}
            value={interval.endLocal}
            onChange={(value) => update(index, { endLocal: value })}
            endOfDay
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('reps.hours.remove', { day: dayLabel, index: index + 1 })}
            onClick={() => onChange(intervals.filter((_, at) => at !== index))}
          >
            <span aria-hidden="true">×</span>
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="compact-xs"
        w="fit-content"
        onClick={() => onChange([...intervals, nextInterval(intervals.at(-1))])}
        aria-label={t('reps.hours.addFor', { day: dayLabel })}
      >
        + {t('reps.hours.add')}
      </Button>
      {error && (
        <Text size="xs" c="var(--mantine-color-red-light-color)" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
