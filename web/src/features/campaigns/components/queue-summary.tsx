import { Box, Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallingWindowDto, QueuePreviewDto } from '../../../../../src/contracts/campaigns.ts';
import { statusColors } from '../../../components/status-colors.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { blockedRows, openingLocalTime } from '../utils/queue-preview-view.ts';

interface QueueSummaryProps {
  preview: QueuePreviewDto;
  callingWindow: CallingWindowDto;
  userTimeZone: string;
}

function Tile({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: string;
  color?: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2} c={color ? `var(--mantine-color-${color}-light-color)` : undefined}>
        {value}
      </Text>
    </Paper>
  );
}

/** How much of the campaign can be called now, what holds the rest back, and when it opens. */
export function QueueSummary({ preview, callingWindow, userTimeZone }: QueueSummaryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const blocked = blockedRows(preview.blocked);
  const largest = Math.max(1, ...blocked.map((row) => row.leads));
  const reasonLabel = (reason: string) => t(`queue.blockReason.${reason}`, { defaultValue: reason });
  return (
    <Stack gap="md">
      <SimpleGrid cols={2}>
        <Tile
          testId="queue-callable-now"
          label={t('queue.callableNow')}
          value={format.number(preview.callableNow)}
          color={preview.callableNow > 0 ? statusColors.callable : statusColors.blocked}
        />
        <Tile
          testId="queue-open-leads"
          label={t('queue.openLeads')}
          value={format.number(preview.openLeads)}
        />
      </SimpleGrid>
      <Stack gap={6} component="section" aria-labelledby="blocked-title">
        <Title order={3} size="h5" id="blocked-title">
          {t('queue.blockedTitle')}
        </Title>
        {blocked.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('queue.blockedNone')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {blocked.map((row) => (
              <li key={row.reason} data-testid="blocked-row" data-reason={row.reason}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm">{reasonLabel(row.reason)}</Text>
                  <Text size="sm" fw={600}>
                    {format.number(row.leads)}
                  </Text>
                </Group>
                <Box aria-hidden="true">
                  <Progress value={(row.leads / largest) * 100} color={statusColors.blocked} size="sm" />
                </Box>
              </li>
            ))}
          </Stack>
        )}
        {blocked.length > 1 && (
          <Text size="xs" c="dimmed">
            {t('queue.blockedNote')}
          </Text>
        )}
      </Stack>
      {preview.nextOpens.length > 0 && (
        <Stack gap={6} component="section" aria-labelledby="next-opens-title">
          <Title order={3} size="h5" id="next-opens-title">
            {t('queue.nextOpensTitle')}
          </Title>
          <List spacing={4} size="sm" data-testid="next-opens">
            {preview.nextOpens.map((open) => {
              const local = openingLocalTime(open.reason, callingWindow);
              const yours = t('queue.nextOpensYours', {
                time: format.dateTime(open.at, userTimeZone),
                zone: zoneLabel(userTimeZone),
              });
              return (
                <List.Item key={`${open.reason}-${open.at}`}>
                  {[yours, local ? t('queue.nextOpensLocal', { time: local }) : null]
                    .filter(Boolean)
                    .join(' · ')}
                  {' — '}
                  {t('queue.leadsCount', { count: open.leads, formatted: format.number(open.leads) })} (
                  {reasonLabel(open.reason)})
                </List.Item>
              );
            })}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
