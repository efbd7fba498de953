import { Anchor, Badge, Button, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ClientSelect } from '../../../components/client-select.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { paths } from '../../../config/paths.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useRememberedClient } from '../../preferences/api/preferences.ts';
import { useScripts } from '../api/get-scripts.ts';
import { useVariants } from '../api/variants.ts';
import { RebaseReviewList, VariantList } from './variant-list.tsx';

/** A client's scripts for managers, and the setters' variants waiting for their review. */
export function ScriptsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const [remembered, remember] = useRememberedClient();
  const asked = Number(params.get('client'));
  const clientId = user.clients.some((client) => client.id === asked) ? asked : remembered;
  const tab = params.get('tab') === 'review' ? 'review' : 'scripts';
  const scripts = useScripts(clientId);
  // The inbox covers every client of the manager: a waiting version is never hidden behind the filter.
  const waiting =
    (useVariants({ status: 'submitted' }).data?.length ?? 0) +
    (useVariants({ status: 'needs_rebase' }).data?.length ?? 0);
  const go = (next: { clientId?: number | null; tab?: string | null }) => {
    const choice = next.clientId === undefined ? clientId : next.clientId;
    if (next.clientId !== undefined) remember(next.clientId);
    const search = new URLSearchParams();
    if (choice) search.set('client', String(choice));
    if ((next.tab === undefined ? tab : next.tab) === 'review') search.set('tab', 'review');
    setParams(search, { replace: true });
  };
  const rows = scripts.data ?? [];
  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('scripts.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('scripts.intro')}
          </Text>
        </div>
        <Group align="flex-end">
          <ClientSelect value={clientId} onChange={(value) => go({ clientId: value })} />
          <Button
            component={Link}
            to={paths.script.getHref('new', clientId ?? undefined)}
            disabled={clientId === null}
          >
            {t('scripts.new')}
          </Button>
        </Group>
      </Group>
      <Tabs value={tab} onChange={(value) => go({ tab: value })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="scripts">{t('scripts.tabs.scripts')}</Tabs.Tab>
          <Tabs.Tab
            value="review"
            rightSection={
              waiting > 0 ? (
                <Badge size="sm" variant="filled" color="yellow.8">
                  {waiting}
                </Badge>
              ) : null
            }
          >
            {t('scripts.tabs.review')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="scripts" pt="md">
          <ErrorAlert error={scripts.error} />
          {rows.length === 0 ? (
            <Text c="dimmed">{scripts.isPending ? t('common.loading') : t('scripts.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('scripts.name')}</Table.Th>
                    <Table.Th scope="col">{t('scripts.editor.purpose')}</Table.Th>
                    <Table.Th scope="col">{t('scripts.editor.mode')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('scripts.history.version')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((script) => (
                    <Table.Tr key={script.id}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={paths.script.getHref(script.id)} fw={600}>
                          {script.name}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{t(`scripts.purpose.${script.purpose}`)}</Table.Td>
                      <Table.Td>{t(`scripts.mode.${script.mode}`)}</Table.Td>
                      <Table.Td ta="right">{script.version}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="review" pt="md">
          <Stack gap="lg">
            <VariantList filter={{ status: 'submitted' }} empty={t('scripts.review.empty')} />
            <RebaseReviewList />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
