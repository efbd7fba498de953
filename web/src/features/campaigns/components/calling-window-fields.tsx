import { Button, CloseButton, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/typed-date-time-field.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { clockMinutes, findHoursProblems, listOtherHours } from '../utils/day-hours-draft.ts';
import { messageAt } from '../utils/ordering-draft.ts';
import { addBlackoutDate, type RetriesDraft } from '../utils/retries-draft.ts';
import { CallingDaysFields } from './calling-days-fields.tsx';

interface CallingWindowFieldsProps {
  value: RetriesDraft;
  /** The window as saved: the rule is stated with it while a typed time is not yet valid. */
  saved: { startLocal: string; endLocal: string };
  onChange: (next: RetriesDraft) => void;
  messages: Readonly<Record<string, string>>;
}

/** When leads may be called, in each lead's own local time: hours, weekdays, blackout dates. */
export function CallingWindowFields({ value, saved, onChange, messages }: CallingWindowFieldsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const set = (patch: Partial<RetriesDraft>) => onChange({ ...value, ...patch });
  const start = clockMinutes(value.startLocal) === null ? saved.startLocal : value.startLocal.trim();
  const end = clockMinutes(value.endLocal, true) === null ? saved.endLocal : value.endLocal.trim();
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {t('campaigns.retries.windowTitle')}
      </Title>
      <Text size="sm" data-testid="calling-rule">
        {t('campaigns.retries.rule', { start, end })}
      </Text>
      <OtherHoursRule value={value} />
      <Group gap="sm" align="flex-start" grow>
        <TextInput
          label={t('campaigns.retries.start')}
          description={t('campaigns.retries.timeHelp')}
          placeholder="08:00"
          maxLength={5}
          autoComplete="off"
          value={value.startLocal}
          onChange={(event) => set({ startLocal: event.currentTarget.value })}
          error={messageAt(messages, 'callingWindow.startLocal')}
        />
        <TextInput
          label={t('campaigns.retries.end')}
          description={t('campaigns.retries.endHelp')}
          placeholder="21:00"
          maxLength={5}
          autoComplete="off"
          value={value.endLocal}
          onChange={(event) => set({ endLocal: event.currentTarget.value })}
          error={messageAt(messages, 'callingWindow.endLocal')}
        />
      </Group>
      <CallingDaysFields value={value} onChange={onChange} messages={messages} />
      <BlackoutDates
        dates={value.blackoutDates}
        onChange={(blackoutDates) => set({ blackoutDates })}
        message={messageAt(messages, 'callingWindow.blackoutDates')}
      />
    </Stack>
  );
}

/** "Other hours: Saturdays 10:00–16:00." — the days whose own hours are valid; nothing when none. */
function OtherHoursRule({ value }: { value: RetriesDraft }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const days = listOtherHours(value)
    .filter(({ hours }) => Object.keys(findHoursProblems(hours)).length === 0)
    .map(({ day, hours }) =>
      t('campaigns.retries.dayHours', {
        days: t(`campaigns.retries.onDays.${day}`),
        start: hours.startLocal,
        end: hours.endLocal,
      }),
    );
  if (days.length === 0) return null;
  const list = new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(days);
  return (
    <Text size="sm" data-testid="calling-rule-days">
      {t('campaigns.retries.ruleOtherHours', { list })}
    </Text>
  );
}

interface BlackoutDatesProps {
  dates: readonly string[];
  onChange: (next: string[]) => void;
  message: string | undefined;
}

/** Local dates on which the campaign calls nobody (holidays), added one by one. */
function BlackoutDates({ dates, onChange, message }: BlackoutDatesProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [pending, setPending] = useState('');
  const add = () => {
    if (!pending) return;
    onChange(addBlackoutDate(dates, pending));
    setPending('');
  };
  // Enter adds the date instead of saving the whole form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end">
        <DateField
          label={t('campaigns.retries.blackoutAdd')}
          description={t('campaigns.retries.blackoutHelp')}
          value={pending}
          onChange={(value) => setPending(value)}
          onKeyDown={onKeyDown}
          error={message}
        />
        <Button variant="default" onClick={add} disabled={!pending}>
          {t('campaigns.retries.blackoutAddButton')}
        </Button>
      </Group>
      {dates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('campaigns.retries.blackoutNone')}
        </Text>
      ) : (
        <List listStyleType="none" spacing={4} aria-label={t('campaigns.retries.blackoutList')}>
          {dates.map((date) => (
            <List.Item key={date} data-testid="blackout-date" data-date={date}>
              <Group gap={6}>
                <Text size="sm" component="span">
                  {format.localDate(date)}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('campaigns.retries.blackoutRemove', { date: format.localDate(date) })}
                  onClick={() => onChange(dates.filter((d) => d !== date))}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
