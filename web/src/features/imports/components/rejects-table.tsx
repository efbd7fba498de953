import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RejectKind } from '../../../../../src/contracts/imports.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../lib/format.ts';
import { rejectsPageSize, useRejects } from '../api/get-rejects.ts';
import { problemText } from '../utils/problem-text.ts';
import { RequestError } from './request-error.tsx';

interface RejectsTableProps {
  jobId: number;
  kind: Extract<RejectKind, 'duplicate' | 'warning'>;
  /** How many rows of this kind the job counted. */
  total: number;
  /** Captions and counts say "would" after a dry run. */
  dryRun: boolean;
}

/**
 * Duplicates or warnings of a finished import, a page at a time, on screen: each duplicate links
 * to the lead it matched, so the manager can open it without the CSV.
 */
export function RejectsTable({ jobId, kind, total, dryRun }: RejectsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [offset, setOffset] = useState(0);
  const page = useRejects(jobId, kind, offset, total > 0);
  if (total === 0) return null;
  const items = page.data?.items ?? [];
  const stored = page.data?.total ?? total;
  const titleId = `import-${kind}-title`;
  const last = Math.min(offset + rejectsPageSize, stored);
  return (
    <Stack gap={4} component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {t(`import.report.${kind}Caption${dryRun ? 'DryRun' : ''}`, {
          count: total,
          formatted: format.number(total),
        })}
      </Title>
      <RequestError error={page.error} title={t('import.report.rejectsFailed')} />
      <Table.ScrollContainer
        minWidth={320}
        maxHeight={360}
        // A region that scrolls is reachable by keyboard (arrows scroll it once focused).
        scrollAreaProps={{
          viewportProps: {
            tabIndex: 0,
            'aria-label': t(`import.report.${kind}Caption${dryRun ? 'DryRun' : ''}`, {
              count: total,
              formatted: format.number(total),
            }),
          },
        }}
      >
        <Table striped withTableBorder data-testid={`import-${kind}s`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.report.row')}</Table.Th>
              <Table.Th scope="col">{t('import.report.field')}</Table.Th>
              <Table.Th scope="col">{t('import.report.reason')}</Table.Th>
              {kind === 'duplicate' && <Table.Th scope="col">{t('import.report.existingLead')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={`${item.rowNumber}-${item.field}-${item.reason}`}>
                <Table.Td>{item.rowNumber}</Table.Td>
                <Table.Td>{t(`import.field.${item.field}`, { defaultValue: item.field })}</Table.Td>
                <Table.Td>{problemText(t, format.locale, item)}</Table.Td>
                {kind === 'duplicate' && (
                  <Table.Td>
                    {item.leadId === null ? (
                      <Text size="sm">{t('import.report.sameFile')}</Text>
                    ) : (
                      <Anchor component={Link} to={paths.lead.getHref(item.leadId)} size="sm">
                        {t('import.report.openLead', { id: item.leadId })}
                      </Anchor>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {stored > rejectsPageSize && (
        <Group gap="xs">
          <Text size="sm" aria-live="polite">
            {t('import.report.pageOf', {
              from: format.number(offset + 1),
              to: format.number(last),
              total: format.number(stored),
            })}
          </Text>
          <Button
            variant="default"
            size="compact-sm"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - rejectsPageSize))}
          >
            {t('import.report.previous')}
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            disabled={last >= stored}
            onClick={() => setOffset(offset + rejectsPageSize)}
          >
            {t('import.report.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
