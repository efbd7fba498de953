import { Button, Checkbox, CloseButton, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format.ts';
import { messageAt } from '../utils/ordering-draft.ts';
import {
  addBlackoutDate,
  clockMinutes,
  isoWeekdays,
  type RetriesDraft,
  toggleDay,
} from '../utils/retries-draft.ts';
import { plainFieldset } from './plain-fieldset.ts';

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
  const daysMessage = messageAt(messages, 'callingWindow.days');
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {t('campaigns.retries.windowTitle')}
      </Title>
      <Text size="sm" data-testid="calling-rule">
        {t('campaigns.retries.rule', { start, end })}
      </Text>
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
      <fieldset style={plainFieldset}>
        <Text component="legend" size="sm" fw={500} p={0}>
          {t('campaigns.retries.days')}
        </Text>
        <Group gap="md" mt={6}>
          {isoWeekdays.map((day) => (
            <WeekdayCheckbox
              key={day}
              day={day}
              checked={value.days.includes(day)}
              invalid={daysMessage !== undefined}
              onChange={(on) => set({ days: toggleDay(value.days, day, on) })}
            />
          ))}
        </Group>
        {daysMessage && (
          <Text size="xs" c="var(--mantine-color-error)" mt={4}>
            {daysMessage}
          </Text>
        )}
      </fieldset>
      <BlackoutDates
        dates={value.blackoutDates}
        onChange={(blackoutDates) => set({ blackoutDates })}
        message={messageAt(messages, 'callingWindow.blackoutDates')}
      />
    </Stack>
  );
}

interface WeekdayCheckboxProps {
  day: number;
  checked: boolean;
  invalid: boolean;
  onChange: (on: boolean) => void;
}

/** "Mon" on screen, "Monday" to a screen reader. */
function WeekdayCheckbox({ day, checked, invalid, onChange }: WeekdayCheckboxProps) {
  const format = useFormatters();
  return (
    <Checkbox
      label={format.weekday(day, 'short')}
      aria-label={format.weekday(day, 'long')}
      checked={checked}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
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
        <TextInput
          type="date"
          label={t('campaigns.retries.blackoutAdd')}
          description={t('campaigns.retries.blackoutHelp')}
          value={pending}
          onChange={(event) => setPending(event.currentTarget.value)}
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
