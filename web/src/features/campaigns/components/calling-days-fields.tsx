import { Checkbox, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format.ts';
import { type DayHours, toggleOtherHours, weekdayKey } from '../utils/day-hours-draft.ts';
import { messageAt } from '../utils/ordering-draft.ts';
import { isoWeekdays, type RetriesDraft, toggleDay } from '../utils/retries-draft.ts';
import { plainFieldset } from './plain-fieldset.ts';

interface CallingDaysFieldsProps {
  value: RetriesDraft;
  onChange: (next: RetriesDraft) => void;
  messages: Readonly<Record<string, string>>;
}

/** The calling weekdays, one a row; a ticked day may have its own hours (a short Saturday). */
export function CallingDaysFields({ value, onChange, messages }: CallingDaysFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<RetriesDraft>) => onChange({ ...value, ...patch });
  const daysMessage = messageAt(messages, 'callingWindow.days') ?? messages['callingWindow.hoursByDay'];
  return (
    <fieldset style={plainFieldset}>
      <Text component="legend" size="sm" fw={500} p={0}>
        {t('campaigns.retries.days')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('campaigns.retries.daysHelp')}
      </Text>
      <Stack gap={6} mt={6}>
        {isoWeekdays.map((day) => {
          const key = weekdayKey(day);
          if (key === undefined) return null;
          return (
            <WeekdayRow
              key={day}
              day={day}
              checked={value.days.includes(day)}
              invalid={daysMessage !== undefined}
              hours={value.hoursByDay[key]}
              messages={messages}
              onCheck={(on) => set({ days: toggleDay(value.days, day, on) })}
              onOtherHours={(on) => set({ hoursByDay: toggleOtherHours(value, day, on) })}
              onHours={(hours) => set({ hoursByDay: { ...value.hoursByDay, [key]: hours } })}
            />
          );
        })}
      </Stack>
      {daysMessage && (
        <Text size="xs" c="var(--mantine-color-error)" mt={4}>
          {daysMessage}
        </Text>
      )}
    </fieldset>
  );
}

interface WeekdayRowProps {
  day: number;
  checked: boolean;
  invalid: boolean;
  /** The day's other hours as typed; undefined when it has the usual ones. */
  hours: DayHours | undefined;
  messages: Readonly<Record<string, string>>;
  onCheck: (on: boolean) => void;
  onOtherHours: (on: boolean) => void;
  onHours: (hours: DayHours) => void;
}

/** "Sat  [x] Different hours  10:00 – 16:00"; "Saturday" to a screen reader. */
function WeekdayRow({
  day,
  checked,
  invalid,
  hours,
  messages,
  onCheck,
  onOtherHours,
  onHours,
}: WeekdayRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dayName = format.weekday(day, 'long');
  const path = `callingWindow.hoursByDay.${day}`;
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap" mih={30} data-testid={`weekday-${day}`}>
      <Checkbox
        label={format.weekday(day, 'short')}
        aria-label={dayName}
        checked={checked}
        aria-invalid={invalid || undefined}
        onChange={(event) => onCheck(event.currentTarget.checked)}
        w={72}
        pt={5}
      />
      {checked && (
        <Switch
          size="xs"
          label={t('campaigns.retries.otherHours')}
          aria-label={t('campaigns.retries.otherHoursOn', { day: dayName })}
          checked={hours !== undefined}
          onChange={(event) => onOtherHours(event.currentTarget.checked)}
          pt={7}
        />
      )}
      {checked && hours && (
        <Group gap={6} align="flex-start" wrap="nowrap">
          <TextInput
            size="xs"
            w={84}
            aria-label={t('campaigns.retries.otherHoursStart', { day: dayName })}
            placeholder="10:00"
            maxLength={5}
            autoComplete="off"
            value={hours.startLocal}
            onChange={(event) => onHours({ ...hours, startLocal: event.currentTarget.value })}
            error={messageAt(messages, `${path}.startLocal`)}
          />
          <Text size="sm" pt={4} aria-hidden>
            –
          </Text>
          <TextInput
            size="xs"
            w={84}
            aria-label={t('campaigns.retries.otherHoursEnd', { day: dayName })}
            placeholder="16:00"
            maxLength={5}
            autoComplete="off"
            value={hours.endLocal}
            onChange={(event) => onHours({ ...hours, endLocal: event.currentTarget.value })}
            error={messageAt(messages, `${path}.endLocal`)}
          />
        </Group>
      )}
    </Group>
  );
}
