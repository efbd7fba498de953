import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { statusColors } from '../../../components/status-colors.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { leadListsQueryOptions } from '../../campaigns/api/get-client-resources.ts';

/** The client's lists so far, newest first, so a manager sees the import landed. */
export function LeadListsTable({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const lists = useQuery(leadListsQueryOptions(clientId));
  const rows = [...(lists.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lists-title">
      <Title order={2} size="h4" id="lists-title" mb="xs">
        {t('import.lists.title')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{lists.isPending ? t('common.loading') : t('import.lists.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('import.lists.name')}</Table.Th>
                <Table.Th scope="col">{t('import.lists.status')}</Table.Th>
                <Table.Th scope="col">{t('import.lists.source')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('import.lists.rows')}
                </Table.Th>
                <Table.Th scope="col">{t('import.lists.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((list) => (
                <Table.Tr key={list.id} data-testid="lead-list-row">
                  <Table.Td>{list.name}</Table.Td>
                  <Table.Td>
                    {/* An importing list is not served to setters and cannot join a campaign yet. */}
                    <Badge
                      variant="light"
                      color={list.status === 'importing' ? statusColors.uncertain : statusColors.callable}
                    >
                      {t(`import.lists.statusName.${list.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{list.source}</Table.Td>
                  <Table.Td ta="right">{format.number(list.rowCount)}</Table.Td>
                  <Table.Td>{format.dateTime(list.createdAt, user.timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
