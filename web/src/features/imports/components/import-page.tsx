import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClientChoice } from '../../../components/client-select.tsx';
import { useImportWizard } from '../hooks/use-import-wizard.ts';
import { ImportWizard } from './import-wizard.tsx';
import { LeadListsTable } from './lead-lists-table.tsx';
import { RecentImports } from './recent-imports.tsx';

/** A manager loads a list: file, check, run; below, what was imported before. */
export function ImportPage() {
  const { t } = useTranslation();
  const wizard = useImportWizard();
  const [chosenClientId, setClientId] = useClientChoice();
  // Once a file is uploaded, the page follows the client it was uploaded for.
  const clientId =
    wizard.state.step !== 'choose' && wizard.state.upload ? wizard.state.upload.clientId : chosenClientId;
  return (
    <Stack gap="md" maw={1280} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('import.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('import.intro')}
        </Text>
      </div>
      <ImportWizard wizard={wizard} clientId={clientId} onClientChange={setClientId} />
      {clientId !== null && (
        <>
          <RecentImports clientId={clientId} onOpen={wizard.openJob} />
          <LeadListsTable clientId={clientId} />
        </>
      )}
    </Stack>
  );
}
