import { Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClientSelect, useClientChoice } from '../../../components/client-select.tsx';
import { ClientTablePage } from '../../../components/client-table-page.tsx';
import { useUser } from '../../auth/api/get-session.ts';
import { useDncLists } from '../api/get-dnc-lists.ts';
import { AddDncNumberForm } from './add-dnc-number-form.tsx';
import { DncListHead, DncListRows } from './dnc-lists-table.tsx';
import { DncUploadForm } from './dnc-upload-form.tsx';

/**
 * Numbers that must never be dialed: lists uploaded for a client or the whole organization, and
 * single numbers added by hand. Leads already imported with such a number are flagged at once.
 */
export function DncPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [clientId, setClientId] = useClientChoice();
  const clientName = user.clients.find((client) => client.id === clientId)?.name ?? null;
  const lists = useDncLists(clientId);
  const rows = [...(lists.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ClientTablePage
      title={t('dnc.title')}
      intro={t('dnc.intro')}
      maxWidth={1100}
      actions={<ClientSelect value={clientId} onChange={setClientId} />}
      notice={
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Paper withBorder p="md">
              <DncUploadForm clientId={clientId} clientName={clientName} />
            </Paper>
            <Paper withBorder p="md">
              <AddDncNumberForm clientId={clientId} clientName={clientName} />
            </Paper>
          </SimpleGrid>
          <Title order={2} size="h4">
            {t('dnc.lists.title')}
          </Title>
        </>
      }
      error={lists.error}
      loading={lists.isLoading}
      empty={t('dnc.lists.empty')}
      rowCount={rows.length}
      tableMinWidth={760}
      head={<DncListHead />}
      rows={<DncListRows lists={rows} clientName={clientName} />}
    />
  );
}
