import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useClientParam } from '../../../components/use-client-param.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useQualificationForms } from '../api/get-forms.ts';

/** The client's qualification forms; each opens in the builder. */
export function FormsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [clientId] = useClientParam();
  const forms = useQualificationForms(clientId);
  const rows = forms.data ?? [];
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          {t('formBuilder.intro')}
        </Text>
        <Button component={Link} to={paths.callSetupForm.getHref('new', clientId ?? undefined)}>
          {t('formBuilder.new')}
        </Button>
      </Group>
      <ErrorAlert error={forms.error} />
      <Paper withBorder>
        {rows.length === 0 ? (
          <Text p="md" c="dimmed">
            {forms.isLoading ? t('common.loading') : t('formBuilder.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('formBuilder.name')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('formBuilder.questions')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('formBuilder.threshold')}
                  </Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('formBuilder.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((form) => (
                  <Table.Tr key={form.id}>
                    <Table.Th scope="row">{form.name}</Table.Th>
                    <Table.Td ta="right">{format.number(form.questions.length)}</Table.Td>
                    <Table.Td ta="right">{format.number(form.threshold)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        component={Link}
                        to={paths.callSetupForm.getHref(form.id, form.clientId)}
                        variant="default"
                        size="compact-sm"
                        aria-label={t('formBuilder.editNamed', { name: form.name })}
                      >
                        {t('formBuilder.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
