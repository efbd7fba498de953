import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewRow } from '../../../../../src/contracts/imports.ts';
import { statusColors } from '../../../components/status-colors.ts';
import { zoneLabel } from '../../../lib/format.ts';
import { RowProblems } from './row-problems.tsx';

type PreviewLead = NonNullable<PreviewRow['lead']>;

function LeadCells({ lead }: { lead: PreviewLead }) {
  const { t } = useTranslation();
  const place = [lead.city, lead.state, lead.country].filter(Boolean).join(', ');
  return (
    <>
      <Table.Td>
        <Text size="sm" fw={600}>
          {[lead.firstName, lead.lastName].filter(Boolean).join(' ')}
        </Text>
        {lead.company && <Text size="xs">{lead.company}</Text>}
      </Table.Td>
      <Table.Td>
        {lead.phones.map((phone) => (
          <Text key={phone.e164} size="sm" ff="monospace">
            {phone.e164}
            {phone.extension && ` ${t('import.preview.extension', { extension: phone.extension })}`}{' '}
            <Text span size="xs" ff="text">
              ({t(`phoneType.${phone.type}`, { defaultValue: phone.type })})
            </Text>
          </Text>
        ))}
      </Table.Td>
      <Table.Td>{lead.email ?? '—'}</Table.Td>
      <Table.Td>{place || '—'}</Table.Td>
      <Table.Td>{lead.postalCode ?? '—'}</Table.Td>
      <Table.Td>
        {lead.timeZones.map((zone) => (
          <Text key={`${zone.timeZone}-${zone.source}`} size="sm">
            {zoneLabel(zone.timeZone)}{' '}
            <Text span size="xs">
              ({t(`import.zoneSource.${zone.source}`, { defaultValue: zone.source })})
            </Text>
          </Text>
        ))}
        {lead.timeZoneConflict && (
          <Badge color={statusColors.uncertain} variant="light" size="sm">
            {t('import.preview.zoneConflict')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {Object.entries(lead.customFields).map(([key, value]) => (
          <Text key={key} size="sm">
            <Text span size="xs" fw={600}>
              {key}:
            </Text>{' '}
            {value}
          </Text>
        ))}
        {lead.note && (
          <Text size="sm" lineClamp={3}>
            <Text span size="xs" fw={600}>
              {t('import.field.note')}:
            </Text>{' '}
            {lead.note}
          </Text>
        )}
      </Table.Td>
    </>
  );
}

/** A refused row has no lead: its raw cells, so the manager sees which line of the file it was. */
function RawCells({ row }: { row: PreviewRow }) {
  const { t } = useTranslation();
  return (
    <Table.Td colSpan={7}>
      <Text size="sm" c="dimmed" lineClamp={2}>
        {t('import.preview.notStored')} {Object.values(row.cells).filter(Boolean).join(' · ')}
      </Text>
    </Table.Td>
  );
}

interface PreviewTableProps {
  rows: PreviewRow[];
  /** The table's caption and the note below it; the first rows of the file when absent. */
  caption?: string;
  note?: string;
  testId?: string;
}

/** Rows as they will be stored: names split, phones in E.164, zones resolved. */
export function PreviewTable({ rows, caption, note, testId = 'preview-row' }: PreviewTableProps) {
  const { t } = useTranslation();
  const noteId = `${testId}-note`;
  const heads = ['row', 'name', 'phones', 'email', 'place', 'postalCode', 'timeZone', 'custom', 'problems'];
  return (
    <Stack gap={4}>
      <Table.ScrollContainer
        minWidth={1000}
        maxHeight={420}
        // A region that scrolls is reachable by keyboard (arrows scroll it once focused).
        scrollAreaProps={{
          viewportProps: { tabIndex: 0, 'aria-label': caption ?? t('import.preview.title') },
        }}
      >
        <Table striped withTableBorder captionSide="top" aria-describedby={noteId} stickyHeader>
          <Table.Caption>{caption ?? t('import.preview.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {heads.map((head) => (
                <Table.Th key={head} scope="col">
                  {t(`import.preview.${head}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.rowNumber} data-testid={testId}>
                <Table.Th scope="row">{row.rowNumber}</Table.Th>
                {row.lead ? <LeadCells lead={row.lead} /> : <RawCells row={row} />}
                <Table.Td>
                  <RowProblems row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" id={noteId}>
        {note ?? t('import.preview.note', { count: rows.length })}
      </Text>
    </Stack>
  );
}
