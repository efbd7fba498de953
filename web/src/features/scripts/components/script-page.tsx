import { Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { ScriptDetailDto } from '../../../../../src/contracts/scripts.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { paths } from '../../../config/paths.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useScript } from '../api/get-scripts.ts';
import { scriptFormFrom } from '../utils/script-form.ts';
import { ScriptForm } from './script-form.tsx';
import { ScriptOutcomes } from './script-outcomes.tsx';
import { VariantList } from './variant-list.tsx';
import { VersionHistory } from './version-history.tsx';

const tabs = ['edit', 'history', 'variants', 'outcomes'] as const;
type Tab = (typeof tabs)[number];

/** One script for managers: edit it (a new version), its history and diffs, setters' variants, outcomes. */
export function ScriptPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const param = useParams().scriptId;
  const [search] = useSearchParams();
  const scriptId = param === 'new' ? null : Number(param);
  const script = useScript(scriptId);
  const clientId = script.data?.clientId ?? (Number(search.get('client')) || user.clients[0]?.id || 0);
  const clientName = user.clients.find((client) => client.id === clientId)?.name ?? '';
  const back = (
    <Button component={Link} to={paths.scripts.getHref({ clientId })} variant="subtle" w="fit-content" px={0}>
      ← {t('scripts.back')}
    </Button>
  );
  if (scriptId === null)
    return (
      <Stack gap="md" maw={1500} mx="auto">
        {back}
        <Title order={1} size="h2">
          {t('scripts.newTitle', { client: clientName })}
        </Title>
        <ScriptForm
          scriptId={null}
          version={null}
          clientId={clientId}
          clientName={clientName}
          initial={scriptFormFrom(null, t('scripts.editor.openingDefault'))}
          onSaved={(id) => navigate(paths.script.getHref(id), { replace: true })}
        />
      </Stack>
    );
  return (
    <Stack gap="md" maw={1500} mx="auto">
      {back}
      {script.data ? (
        <ScriptDetail script={script.data} clientName={clientName} />
      ) : (
        <>
          <ErrorAlert error={script.error} />
          {script.isPending && <Text>{t('common.loading')}</Text>}
        </>
      )}
    </Stack>
  );
}

function ScriptDetail({ script, clientName }: { script: ScriptDetailDto; clientName: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((name) => name === params.get('tab')) ?? 'edit';
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {script.name}
          </Title>
          <Text c="dimmed">
            {[
              clientName,
              t(`scripts.purpose.${script.purpose}`),
              t('scripts.history.versionN', { n: script.version }),
            ].join(' · ')}
          </Text>
        </div>
        <Badge size="lg" variant="light" color={script.mode === 'verbatim' ? 'gray' : 'blue'}>
          {t(`scripts.mode.${script.mode}`)}
        </Badge>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'edit' ? { tab: value } : {}, { replace: true })}
      >
        <Tabs.List>
          {tabs.map((name) => (
            <Tabs.Tab
              key={name}
              value={name}
              rightSection={
                name === 'variants' && script.pendingVariants > 0 ? (
                  <Badge size="sm" variant="filled" color="yellow.8">
                    {script.pendingVariants}
                  </Badge>
                ) : null
              }
            >
              {t(`scripts.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="edit" pt="md">
          <ScriptForm
            key={script.id}
            scriptId={script.id}
            version={script.version}
            clientId={script.clientId}
            clientName={clientName}
            initial={scriptFormFrom(script, '')}
            onSaved={() => undefined}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <VersionHistory key={script.version} script={script} />
        </Tabs.Panel>
        <Tabs.Panel value="variants" pt="md">
          {script.mode === 'verbatim' && (
            <Text c="dimmed" mb="sm">
              {t('scripts.variants.verbatim')}
            </Text>
          )}
          <VariantList filter={{ scriptId: script.id }} empty={t('scripts.variants.empty')} />
        </Tabs.Panel>
        <Tabs.Panel value="outcomes" pt="md">
          <ScriptOutcomes scriptId={script.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
