import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ObjectionLibrary } from './objection-library.tsx';
import { ObjectionStats } from './objection-stats.tsx';

/** The client's objection library, and how each objection and response did in calls. */
export function ObjectionsPage() {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="library" variant="pills" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="library">{t('objectionLibrary.tabs.library')}</Tabs.Tab>
        <Tabs.Tab value="stats">{t('objectionLibrary.tabs.stats')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="library">
        <ObjectionLibrary />
      </Tabs.Panel>
      <Tabs.Panel value="stats">
        <ObjectionStats />
      </Tabs.Panel>
    </Tabs>
  );
}
