import { Badge, Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignDto, QueuePreviewDto } from '../../../../../src/contracts/campaigns.ts';
import { statusColors } from '../../../components/status-colors.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { formatPhone } from '../../../lib/phone-format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { lastCallableMinute, type SortValue, sortValueOf } from '../utils/queue-preview-view.ts';

type Entry = QueuePreviewDto['entries'][number];

interface QueueTableProps {
  entries: Entry[];
  sortKeys: CampaignDto['sortKeys'];
  /** The client's zone, for a lead whose own zone is unknown. */
  fallbackTimeZone: string;
  userId: number;
  setterNames: ReadonlyMap<number, string>;
}

const reasonColors: Record<Entry['reason'], string> = {
  callback_due: 'yellow',
  hot_lead: 'orange',
  queue: 'blue',
};
// The first keys decide almost all of the order; more would crowd the row.
const shownSortKeys = 3;

function useWhy(userId: number, setterNames: ReadonlyMap<number, string>) {
  const { t } = useTranslation();
  return (entry: Entry): string | null => {
    if (entry.reason !== 'callback_due') return null;
    const owner = entry.callbackOwnerUserId;
    if (owner === null) return t('queue.callbackAnyone');
    if (owner === userId) return t('queue.callbackMine');
    return t('queue.callbackOwner', {
      name: setterNames.get(owner) ?? t('queue.setterNumber', { id: owner }),
    });
  };
}

/** "Denver, CO 80202": where the lead is, which most sort keys and filters are about. */
const placeOf = (lead: Entry['lead']) =>
  [lead.city, [lead.state, lead.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** The next leads in the order setters get them, with why each is there and the lead's clock. */
export function QueueTable({ entries, sortKeys, fallbackTimeZone, userId, setterNames }: QueueTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(30_000);
  const whose = useWhy(userId, setterNames);
  // A random draw has no value to show.
  const keys = sortKeys.filter((key) => key.field !== 'random').slice(0, shownSortKeys);
  const show = (value: SortValue | null, zone: string): string => {
    if (value === null) return '—';
    if (value.kind === 'number') return format.number(value.value);
    if (value.kind === 'instant') return format.dateTime(value.instant, zone);
    return value.text;
  };
  const fieldLabel = (field: string) =>
    field.startsWith('custom:') ? field.slice('custom:'.length) : t(`campaigns.ordering.fields.${field}`);
  return (
    <Box
      style={{ overflow: 'auto', maxHeight: '70vh' }}
      tabIndex={0}
      role="region"
      aria-label={t('queue.tableLabel')}
    >
      <Table striped stickyHeader miw={640} fz="sm" data-testid="queue-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('queue.column.position')}</Table.Th>
            <Table.Th scope="col">{t('queue.column.why')}</Table.Th>
            <Table.Th scope="col">{t('queue.column.lead')}</Table.Th>
            <Table.Th scope="col">{t('queue.column.localTime')}</Table.Th>
            <Table.Th scope="col">{t('queue.column.sortValues')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const { lead, calling } = entry;
            const zone = calling.primaryTimeZone ?? fallbackTimeZone;
            const until = lastCallableMinute(calling.callableUntil);
            const owner = whose(entry);
            return (
              <Table.Tr key={lead.id} data-testid="queue-entry" data-state={lead.state ?? ''}>
                <Table.Td fw={700}>{format.number(entry.position)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge variant="light" color={reasonColors[entry.reason]} tt="none" miw="max-content">
                    {t(`queue.reason.${entry.reason}`)}
                  </Badge>
                  {owner && <Text size="xs">{owner}</Text>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {lead.firstName} {lead.lastName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatPhone(lead.phone)}
                  </Text>
                  <Text size="xs">{placeOf(lead) || '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} span>
                    {format.time(now, zone)}
                  </Text>{' '}
                  <Text size="xs" c="dimmed" span title={zone}>
                    {zoneLabel(zone)}
                  </Text>
                  {until && (
                    <Text size="xs" c={`var(--mantine-color-${statusColors.callable}-light-color)`}>
                      {t('queue.callableUntil', { time: format.time(until, zone) })}
                    </Text>
                  )}
                  {calling.uncertain && (
                    <Text size="xs" c={`var(--mantine-color-${statusColors.uncertain}-light-color)`}>
                      {t('queue.uncertainZone')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {keys.map((key) => (
                    <Text size="xs" key={key.field} style={{ whiteSpace: 'nowrap' }}>
                      {fieldLabel(key.field)}: {show(sortValueOf(lead, key.field), zone)}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
