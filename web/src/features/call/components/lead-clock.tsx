import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallingDecisionDto } from '../../../../../src/contracts/leads.ts';
import { statusColors } from '../../../components/status-colors.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';

interface LeadClockProps {
  calling: CallingDecisionDto;
  /** The client's zone, when nothing about the lead tells its own. */
  fallbackTimeZone: string;
}

const minuteMs = 60_000;

/** The lead's local time, zone and how long they may still be called; always on screen. */
export function LeadClock({ calling, fallbackTimeZone }: LeadClockProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(15_000);
  const zone = calling.primaryTimeZone ?? fallbackTimeZone;
  const until = calling.callableUntil ? Date.parse(calling.callableUntil) : null;
  // The window's end is exclusive: the last minute to dial is one before it ("until 20:59").
  const lastMinute = until === null ? null : new Date(until - minuteMs).toISOString();
  const callable = calling.callable && (until === null || Date.parse(now) < until);
  return (
    <Stack gap={4} aria-label={t('call.clock.label')} role="group">
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text fz={28} fw={700} lh={1} data-testid="lead-local-time">
          {format.time(now, zone)}
        </Text>
        <Text size="sm" c="dimmed" lineClamp={1} title={zone}>
          {t('call.clock.leadTime', { zone: zoneLabel(zone) })}
        </Text>
      </Group>
      <Group gap="xs">
        <Badge color={callable ? statusColors.callable : statusColors.blocked} variant="light">
          {callable ? t('call.clock.callable') : t('call.clock.notCallable')}
        </Badge>
        {callable && lastMinute && (
          <Text size="sm">{t('call.clock.callableUntil', { time: format.time(lastMinute, zone) })}</Text>
        )}
        {!callable && calling.opensAt && (
          <Text size="sm">{t('call.clock.opensAt', { time: format.dateTime(calling.opensAt, zone) })}</Text>
        )}
      </Group>
      {calling.uncertain && (
        <Text size="sm" fw={600} role="note" bg="var(--mantine-color-yellow-light)" px={6} py={2} bdrs="sm">
          {t('call.clock.uncertain', { zones: calling.timeZones.join(', ') || zone })}
        </Text>
      )}
    </Stack>
  );
}
