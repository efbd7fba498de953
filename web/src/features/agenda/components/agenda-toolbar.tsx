import { Button, Group, SegmentedControl, Select, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Temporal } from 'temporal-polyfill';
import { useFormatters } from '../../../lib/format.ts';
import type { AgendaViewState } from '../hooks/use-agenda-view.ts';
import { type AgendaView, agendaViews } from '../utils/calendar-grid.ts';

interface AgendaToolbarProps {
  state: AgendaViewState;
  dates: Temporal.PlainDate[];
  /** Managers choose whose calendar they read; reps see their own. */
  reps: { id: number; name: string }[] | null;
  repId: string | null;
  onRepChange: (repId: string | null) => void;
}

function rangeLabel(locale: string, dates: Temporal.PlainDate[]): string {
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return '';
  // Plain dates carry no zone: they are formatted as UTC noon, so no clock can move them a day.
  const noon = (date: Temporal.PlainDate) => new Date(`${date.toString()}T12:00:00Z`);
  const formatter = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    ...(dates.length === 1
      ? { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }
      : { month: 'short', day: 'numeric', year: 'numeric' }),
  });
  return dates.length === 1 ? formatter.format(noon(first)) : formatter.formatRange(noon(first), noon(last));
}

/** Today, back, forward, the range on screen, and day / week / list. */
export function AgendaToolbar({ state, dates, reps, repId, onRepChange }: AgendaToolbarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const unit = state.view === 'day' ? 'day' : 'week';
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Group gap="xs" align="center">
        {state.view !== 'list' && (
          <>
            <Button variant="default" size="sm" onClick={state.goToday}>
              {t('agenda.todayButton')}
            </Button>
            <Button
              variant="default"
              size="sm"
              onClick={() => state.step(-1)}
              aria-label={t(`agenda.previous.${unit}`)}
            >
              ←
            </Button>
            <Button
              variant="default"
              size="sm"
              onClick={() => state.step(1)}
              aria-label={t(`agenda.next.${unit}`)}
            >
              →
            </Button>
            <Title order={2} size="h4" aria-live="polite" ml="xs">
              {rangeLabel(format.locale, dates)}
            </Title>
          </>
        )}
        {state.view === 'list' && (
          <Title order={2} size="h4">
            {t('agenda.upcoming')}
          </Title>
        )}
      </Group>
      <Group gap="sm" align="flex-end">
        {reps && (
          <Select
            label={t('agenda.rep')}
            w={220}
            size="sm"
            clearable
            placeholder={t('agenda.allReps')}
            data={reps.map((rep) => ({ value: String(rep.id), label: rep.name }))}
            value={repId}
            onChange={onRepChange}
          />
        )}
        <SegmentedControl
          aria-label={t('agenda.view')}
          value={state.view}
          onChange={(value) => state.setView(value as AgendaView)}
          data={agendaViews.map((view) => ({ value: view, label: t(`agenda.views.${view}`) }))}
        />
      </Group>
    </Group>
  );
}
