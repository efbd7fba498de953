import { Badge, Button, Group, Paper, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MarketingSourceDto,
  type MarketingSourceKind,
  marketingSourceKinds,
} from '../../../../../src/contracts/marketing-sources.ts';
import { matchSources } from '../../../../../src/core/marketing-sources/marketing-source.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { useClientParam } from '../../../components/use-client-param.ts';
import { useMarketingSources, useSaveMarketingSource } from '../api/marketing-sources.ts';

interface Draft {
  id: number | null;
  code: string;
  label: string;
  kind: MarketingSourceKind;
  active: boolean;
}

const emptyDraft: Draft = { id: null, code: '', label: '', kind: 'mailer', active: true };

/**
 * The client's marketing sources: the mailers, coupons and ad codes inbound callers name. The
 * setter picks one on an incoming call; the call records it and the lead keeps the first.
 */
export function MarketingSourcesPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [clientId] = useClientParam();
  const sources = useMarketingSources(clientId);
  const save = useSaveMarketingSource();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [query, setQuery] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const all = sources.data ?? [];
  const found = query.trim() === '' ? all : matchSources(all, query);
  const rows = found.filter((source) => showRetired || source.active);
  const kindOptions = marketingSourceKinds.map((kind) => ({
    value: kind,
    label: t(`marketingSources.kinds.${kind}`),
  }));

  const submit = () => {
    if (clientId === null) return;
    const { id, ...body } = draft;
    save.mutate(
      { clientId, id, body },
      {
        onSuccess: (saved) => {
          notify({ color: 'green', message: t('marketingSources.saved', { code: saved.code }) });
          setDraft(emptyDraft);
        },
      },
    );
  };
  const toggle = (source: MarketingSourceDto) => {
    if (clientId === null) return;
    const { id, clientId: _client, ...rest } = source;
    save.mutate({ clientId, id, body: { ...rest, active: !source.active } });
  };

  return (
    <Stack gap="md" maw={1100}>
      <Text c="dimmed" size="sm">
        {t('marketingSources.intro')}
      </Text>
      <Paper withBorder p="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <TextInput
              required
              label={t('marketingSources.code')}
              description={t('marketingSources.codeHint')}
              value={draft.code}
              onChange={(event) => setDraft({ ...draft, code: event.currentTarget.value })}
              w={200}
              maxLength={60}
            />
            <TextInput
              label={t('marketingSources.label')}
              value={draft.label}
              onChange={(event) => setDraft({ ...draft, label: event.currentTarget.value })}
              w={280}
              maxLength={200}
            />
            <Select
              label={t('marketingSources.kind')}
              data={kindOptions}
              value={draft.kind}
              allowDeselect={false}
              onChange={(value) => value && setDraft({ ...draft, kind: value as MarketingSourceKind })}
              w={180}
            />
            <Button type="submit" loading={save.isPending}>
              {draft.id === null ? t('marketingSources.add') : t('marketingSources.saveEdit')}
            </Button>
            {draft.id !== null && (
              <Button variant="default" onClick={() => setDraft(emptyDraft)}>
                {t('common.cancel')}
              </Button>
            )}
          </Group>
        </form>
      </Paper>
      <ErrorAlert error={sources.error ?? save.error} />
      <Group align="flex-end">
        <TextInput
          type="search"
          label={t('marketingSources.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={280}
        />
        <Switch
          mb={8}
          label={t('marketingSources.showRetired')}
          checked={showRetired}
          onChange={(event) => setShowRetired(event.currentTarget.checked)}
        />
      </Group>
      <Paper withBorder>
        {rows.length === 0 ? (
          <Text p="md" c="dimmed">
            {sources.isLoading
              ? t('common.loading')
              : all.length === 0
                ? t('marketingSources.empty')
                : t('marketingSources.noMatch')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('marketingSources.code')}</Table.Th>
                  <Table.Th scope="col">{t('marketingSources.label')}</Table.Th>
                  <Table.Th scope="col">{t('marketingSources.kind')}</Table.Th>
                  <Table.Th scope="col">{t('marketingSources.status')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('marketingSources.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((source) => (
                  <Table.Tr key={source.id} data-testid="marketing-source-row">
                    <Table.Th scope="row">
                      <Text ff="monospace" size="sm">
                        {source.code}
                      </Text>
                    </Table.Th>
                    <Table.Td>{source.label}</Table.Td>
                    <Table.Td>{t(`marketingSources.kinds.${source.kind}`)}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={source.active ? statusColors.callable : statusColors.neutral}
                      >
                        {source.active ? t('marketingSources.active') : t('marketingSources.retired')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          variant="default"
                          size="compact-sm"
                          aria-label={t('marketingSources.editNamed', { code: source.code })}
                          onClick={() =>
                            setDraft({
                              id: source.id,
                              code: source.code,
                              label: source.label,
                              kind: source.kind,
                              active: source.active,
                            })
                          }
                        >
                          {t('marketingSources.edit')}
                        </Button>
                        <Button
                          variant="default"
                          size="compact-sm"
                          aria-label={t(
                            source.active ? 'marketingSources.retireNamed' : 'marketingSources.restoreNamed',
                            { code: source.code },
                          )}
                          onClick={() => toggle(source)}
                        >
                          {source.active ? t('marketingSources.retire') : t('marketingSources.restore')}
                        </Button>
                      </Group>
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
