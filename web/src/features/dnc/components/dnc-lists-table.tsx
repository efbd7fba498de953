import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DncListDto } from '../../../../../src/contracts/dnc.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';

/** The rows of the lists table: whom each list protects, where it came from, how many numbers. */
export function DncListRows({ lists, clientName }: { lists: DncListDto[]; clientName: string | null }) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  return lists.map((list) => (
    <Table.Tr key={list.id} data-testid="dnc-list-row">
      <Table.Td fw={600}>{list.source}</Table.Td>
      <Table.Td>
        {list.clientId === null ? (
          <Badge variant="light" color="grape">
            {t('dnc.lists.organization')}
          </Badge>
        ) : (
          (clientName ?? '—')
        )}
      </Table.Td>
      <Table.Td>{format.localDate(list.listDate)}</Table.Td>
      <Table.Td>{list.fileName ?? t('dnc.lists.manual')}</Table.Td>
      <Table.Td ta="right">{format.number(list.entryCount)}</Table.Td>
      <Table.Td>{format.dateTime(list.createdAt, user.timeZone)}</Table.Td>
    </Table.Tr>
  ));
}

export function DncListHead() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th scope="col">{t('dnc.lists.source')}</Table.Th>
      <Table.Th scope="col">{t('dnc.lists.scope')}</Table.Th>
      <Table.Th scope="col">{t('dnc.lists.listDate')}</Table.Th>
      <Table.Th scope="col">{t('dnc.lists.file')}</Table.Th>
      <Table.Th scope="col" ta="right">
        {t('dnc.lists.entries')}
      </Table.Th>
      <Table.Th scope="col">{t('dnc.lists.created')}</Table.Th>
    </>
  );
}
