import { Box, Button, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../lib/format.ts';
import { isoWeekdayOfDate, type NavigatorDay } from './day-weeks.ts';

interface DayNavigatorProps<T extends NavigatorDay> {
  days: readonly T[];
  selected: string | null;
  onSelect: (day: T) => void;
  /** Names the group for screen readers, e.g. "Days (lead's dates)". */
  label: string;
}

/**
 * The whole horizon as Monday-first weeks: a date with open times is a button, one without is
 * shown disabled. Arrow keys move across the dates with times (left/right a day, up/down a week).
 */
export function DayNavigator<T extends NavigatorDay>({
  days,
  selected,
  onSelect,
  label,
}: DayNavigatorProps<T>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 7, ArrowUp: -7 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const index = days.findIndex((d) => d.date === selected);
    // A week up or down lands on that date, or the next open one beyond it.
    const direction = Math.sign(step);
    for (let i = index + step; i >= 0 && i < days.length; i += direction) {
      const day = days[i];
      if (day && day.slots > 0) {
        onSelect(day);
        event.currentTarget.querySelector<HTMLElement>(`[data-date="${day.date}"]`)?.focus();
        return;
      }
    }
  };
  const month = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = [...new Set(days.map((d) => month.format(new Date(`${d.date}T12:00:00Z`))))];
  return (
    <Box role="group" aria-label={label} onKeyDown={onKeyDown} data-testid="day-navigator">
      <Text size="xs" fw={600} mb={2}>
        {months.join(' – ')}
      </Text>
      <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 }}>
        {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
          <Text key={weekday} size="xs" c="dimmed" ta="center" aria-hidden>
            {format.weekday(weekday, 'short')}
          </Text>
        ))}
        {days.map((day, i) => {
          const isSelected = day.date === selected;
          const dayNumber = Number(day.date.slice(8, 10));
          const name = format.localDate(day.date);
          return (
            <Button
              key={day.date}
              data-date={day.date}
              // Monday-first weeks: the first date sits under its weekday.
              style={i === 0 ? { gridColumnStart: isoWeekdayOfDate(day.date) } : undefined}
              data-testid="navigator-day"
              size="compact-sm"
              px={2}
              variant={isSelected ? 'filled' : day.slots > 0 ? 'light' : 'subtle'}
              disabled={day.slots === 0}
              aria-pressed={isSelected}
              tabIndex={isSelected || (selected === null && i === 0) ? 0 : -1}
              aria-label={
                day.slots > 0
                  ? t('dayNavigator.open', { day: name, count: day.slots })
                  : t('dayNavigator.none', { day: name })
              }
              onClick={() => onSelect(day)}
            >
              {dayNumber}
            </Button>
          );
        })}
      </Box>
    </Box>
  );
}
