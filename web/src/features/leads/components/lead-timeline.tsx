import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { relativeTime } from '../utils/relative-time.ts';
import { timelineText } from '../utils/timeline-text.ts';
import { timelineIcons } from './timeline-icon.ts';

interface LeadTimelineProps {
  items: readonly TimelineItemDto[];
  /** The zone the user reads times in. */
  timeZone: string;
  /** An action beside an item (e.g. "Edit" on a call), or nothing. */
  actionFor?: (item: TimelineItemDto) => ReactNode;
}

/** Everything that happened to the lead, newest first: what, who, how long ago and exactly when. */
export function LeadTimeline({ items, timeZone, actionFor }: LeadTimelineProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(30_000);
  if (items.length === 0) return <Text c="dimmed">{t('leads.timeline.empty')}</Text>;
  return (
    <Stack
      component="ol"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('leads.timeline.title')}
      data-testid="lead-timeline"
    >
      {items.map((item) => {
        const { title, detail } = timelineText({ t, format, timeZone }, item);
        const icon = timelineIcons[item.kind];
        return (
          <Group component="li" key={item.id} gap="sm" align="flex-start" wrap="nowrap" data-kind={item.kind}>
            <ThemeIcon variant="light" color={icon.color} radius="xl" size="md" aria-hidden="true">
              {icon.symbol}
            </ThemeIcon>
            <Stack gap={0} miw={0}>
              <Text fw={600} size="sm">
                <span className="visually-hidden">{t(`leads.timeline.kind.${item.kind}`)}: </span>
                {title}
              </Text>
              {detail && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {detail}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {item.actorName ?? t('leads.timeline.noActor')} ·{' '}
                <time dateTime={item.at} title={format.dateTime(item.at, timeZone)}>
                  {relativeTime(item.at, now, format.locale)} · {format.dateTime(item.at, timeZone)}
                </time>
              </Text>
              {actionFor?.(item)}
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}
