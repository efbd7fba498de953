import { Button, FileInput, Grid, Loader, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useImportLeads } from '../api/import-leads.ts';
import { ImportReportView } from './import-report.tsx';
import { LeadListsTable } from './lead-lists-table.tsx';

/** A manager loads a list: client, name, file; the report says what came in and what did not. */
export function ImportPage() {
  const { t } = useTranslation();
  const user = useUser();
  const notify = useNotify();
  const format = useFormatters();
  const importLeads = useImportLeads();
  const [clientId, setClientId] = useState<string | null>(
    user.clients.length === 1 ? String(user.clients[0]?.id) : null,
  );
  const [listName, setListName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!clientId || !listName.trim() || !file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    importLeads.mutate(
      { clientId: Number(clientId), listName: listName.trim(), file },
      {
        onSuccess: (report) =>
          notify({
            color: 'green',
            message: t('import.done', { count: report.imported, name: report.list.name }),
          }),
      },
    );
  };

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Title order={1} size="h2">
        {t('import.title')}
      </Title>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md">
            <form onSubmit={onSubmit} noValidate aria-labelledby="import-form-title">
              <Stack gap="sm">
                <Title order={2} size="h4" id="import-form-title">
                  {t('import.formTitle')}
                </Title>
                <Select
                  label={t('import.client')}
                  required
                  allowDeselect={false}
                  data={user.clients.map((client) => ({ value: String(client.id), label: client.name }))}
                  value={clientId}
                  onChange={setClientId}
                  error={missing && !clientId ? t('import.required') : null}
                />
                <TextInput
                  label={t('import.listName')}
                  required
                  value={listName}
                  onChange={(event) => setListName(event.currentTarget.value)}
                  error={missing && !listName.trim() ? t('import.required') : null}
                />
                <FileInput
                  label={t('import.file')}
                  description={t('import.fileHelp')}
                  accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  required
                  clearable
                  value={file}
                  onChange={setFile}
                  error={missing && !file ? t('import.required') : null}
                />
                <ErrorAlert error={importLeads.error} title={t('import.failed')} />
                <Button type="submit" loading={importLeads.isPending}>
                  {t('import.submit')}
                </Button>
                {importLeads.isPending && file && (
                  <Text size="sm" role="status">
                    <Loader size="xs" mr={6} />
                    {t('import.progress', {
                      name: file.name,
                      size: format.number(Math.ceil(file.size / 1024)),
                    })}
                  </Text>
                )}
              </Stack>
            </form>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {importLeads.data ? (
            <ImportReportView report={importLeads.data} />
          ) : (
            <Paper withBorder p="md">
              <Text c="dimmed">{t('import.noReport')}</Text>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
      {clientId && <LeadListsTable clientId={Number(clientId)} />}
    </Stack>
  );
}
