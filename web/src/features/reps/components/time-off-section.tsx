import { Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { instantFromLocalInput } from '../../../lib/zoned-time.ts';
import { useAddTimeOff, useRemoveTimeOff } from '../api/rep-exceptions.ts';

/** Vacations and blocked hours, entered and shown on the rep's clock. */
export function TimeOffSection({ rep }: { rep: RepDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const add = useAddTimeOff();
  const remove = useRemoveTimeOff();
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const zone = zoneLabel(rep.timeZone);
  const shown = (instant: string) => `${format.dateTime(instant, rep.timeZone)}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const startsAt = instantFromLocalInput(from, rep.timeZone);
    const endsAt = instantFromLocalInput(until, rep.timeZone);
    if (!startsAt || !endsAt) return setProblem(t('reps.timeOff.missing'));
    if (endsAt <= startsAt) return setProblem(t('reps.timeOff.order'));
    setProblem(null);
    add.mutate(
      { repId: rep.id, startsAt, endsAt, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          setFrom('');
          setUntil('');
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
                  {t('reps.timeOff.range', { from: shown(item.startsAt), until: shown(item.endsAt), zone })}
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
        <Group align="flex-end" gap="xs">
          <TextInput
            type="datetime-local"
            size="xs"
            label={t('reps.timeOff.from', { zone })}
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            size="xs"
            label={t('reps.timeOff.until', { zone })}
            value={until}
            onChange={(event) => setUntil(event.currentTarget.value)}
          />
          <TextInput
            size="xs"
            label={t('reps.timeOff.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Button type="submit" size="xs" variant="light" loading={add.isPending}>
            {t('reps.timeOff.add')}
          </Button>
        </Group>
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
