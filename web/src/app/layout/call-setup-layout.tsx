import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ClientSelect } from '../../components/client-select.tsx';
import { useClientParam } from '../../components/use-client-param.ts';
import { paths } from '../../config/paths.ts';

const tabs = [
  { value: 'outcomes', href: paths.callSetup.getHref },
  { value: 'objections', href: paths.callSetupObjections.getHref },
  { value: 'forms', href: paths.callSetupForms.getHref },
  { value: 'sources', href: paths.callSetupSources.getHref },
] as const;

function activeTab(pathname: string): (typeof tabs)[number]['value'] {
  if (pathname.startsWith(paths.callSetupObjections.path)) return 'objections';
  if (pathname.startsWith(paths.callSetupForms.path)) return 'forms';
  if (pathname.startsWith(paths.callSetupSources.path)) return 'sources';
  return 'outcomes';
}

/**
 * A manager's authoring of what a client's calls are made of: outcomes and reasons, the
 * objection library and qualification forms, one tab each, for the client chosen here.
 */
export function CallSetupLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [clientId, setClientId] = useClientParam();
  const active = activeTab(pathname);
  const go = (value: string | null) => {
    const tab = tabs.find((item) => item.value === value);
    if (tab) navigate(tab.href(clientId ?? undefined));
  };
  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('callSetup.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('callSetup.intro')}
          </Text>
        </div>
        <ClientSelect
          value={clientId}
          onChange={(next) => {
            // A form being edited belongs to the client it was opened for: back to the list.
            if (next !== clientId && active === 'forms')
              navigate(paths.callSetupForms.getHref(next ?? undefined));
            else setClientId(next);
          }}
        />
      </Group>
      <Tabs value={active} onChange={go}>
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t(`callSetup.tabs.${tab.value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="md">
            {tab.value !== active ? null : clientId === null ? (
              <Text c="dimmed">{t('callSetup.noClient')}</Text>
            ) : (
              // Keyed by client: a draft of one client's setup never shows under another.
              <Outlet key={clientId} />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
