import { Button, Group, List, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { DateField, TimeField } from '../../../components/typed-date-time-field.tsx';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { instantFromLocal } from '../../../lib/zoned-time.ts';
import { useAddTimeOff, useRemoveTimeOff } from '../api/rep-exceptions.ts';
import { wholeDays } from '../utils/whole-days.ts';

const empty = { fromDate: '', fromTime: '', untilDate: '', untilTime: '' };

/**
 * Vacations and blocked hours, entered and shown on the rep's clock. Times left empty make
 * whole days (from the start of the first to the end of the last); an empty end date is the
 * start date, so one afternoon needs one date.
 */
export function TimeOffSection({ rep }: { rep: RepDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const add = useAddTimeOff();
  const remove = useRemoveTimeOff();
  const [range, setRange] = useState(empty);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const zone = zoneLabel(rep.timeZone);
  const shown = (instant: string) => format.dateTime(instant, rep.timeZone);
  const spanText = (startsAt: string, endsAt: string) => {
    const days = wholeDays(startsAt, endsAt, rep.timeZone);
    if (!days) return t('reps.timeOff.range', { from: shown(startsAt), until: shown(endsAt) });
    if (days.first === days.last) return t('reps.timeOff.day', { day: format.localDate(days.first) });
    return t('reps.timeOff.days', { from: format.localDate(days.first), until: format.localDate(days.last) });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // A field left with unreadable text keeps its last value: ask for it to be fixed first.
    if (
      event.currentTarget instanceof HTMLFormElement &&
      event.currentTarget.querySelector('[aria-invalid="true"]')
    )
      return setProblem(t('reps.timeOff.unreadable'));
    const startsAt = instantFromLocal(
      { date: range.fromDate, time: range.fromTime || '00:00' },
      rep.timeZone,
    );
    const endsAt = instantFromLocal(
      { date: range.untilDate || range.fromDate, time: range.untilTime || '24:00' },
      rep.timeZone,
    );
    if (!startsAt || !endsAt) return setProblem(t('reps.timeOff.missing'));
    if (endsAt <= startsAt) return setProblem(t('reps.timeOff.order'));
    setProblem(null);
    add.mutate(
      { repId: rep.id, startsAt, endsAt, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          setRange(empty);
          setReason('');
        },
      },
    );
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="time-off-title">
      <Title order={3} size="h5" id="time-off-title">
        {t('reps.timeOff.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('reps.timeOff.clock', { zone })}
      </Text>
      {rep.timeOff.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reps.timeOff.none')}
        </Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none" p={0}>
          {rep.timeOff.map((item) => (
            <List.Item key={item.id}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" style={{ flex: 1 }}>
                  {spanText(item.startsAt, item.endsAt)}
                  {item.reason ? ` · ${item.reason}` : ''}
                </Text>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-xs"
                  loading={remove.isPending && remove.variables?.timeOffId === item.id}
                  onClick={() => remove.mutate({ repId: rep.id, timeOffId: item.id })}
                  aria-label={t('reps.timeOff.removeNamed', { from: shown(item.startsAt) })}
                >
                  {t('reps.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={t('reps.timeOff.add')}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" verticalSpacing="xs">
            <DateField
              size="xs"
              label={t('reps.timeOff.startDate')}
              value={range.fromDate}
              onChange={(fromDate) => setRange((r) => ({ ...r, fromDate }))}
            />
            <TimeField
              size="xs"
              label={t('reps.timeOff.startTime')}
              value={range.fromTime}
              onChange={(fromTime) => setRange((r) => ({ ...r, fromTime }))}
            />
            <DateField
              size="xs"
              label={t('reps.timeOff.endDate')}
              value={range.untilDate}
              onChange={(untilDate) => setRange((r) => ({ ...r, untilDate }))}
            />
            <TimeField
              size="xs"
              endOfDay
              label={t('reps.timeOff.endTime')}
              value={range.untilTime}
              onChange={(untilTime) => setRange((r) => ({ ...r, untilTime }))}
            />
          </SimpleGrid>
          <Group align="flex-end" gap="xs">
            <TextInput
              size="xs"
              label={t('reps.timeOff.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              style={{ flex: 1, minWidth: 180 }}
            />
            <Button type="submit" size="xs" variant="light" loading={add.isPending}>
              {t('reps.timeOff.add')}
            </Button>
          </Group>
        </Stack>
        {problem && (
          <Text size="xs" c="var(--mantine-color-red-light-color)" role="alert" mt={4}>
            {problem}
          </Text>
        )}
      </form>
      <ErrorAlert error={add.error ?? remove.error} />
    </Stack>
  );
}
