import { Badge, Button, Group, Paper, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeKind, ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { searchObjections } from '../../../../../src/core/objections/search-objections.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { useClientParam } from '../../../components/use-client-param.ts';
import { useObjectionLibrary } from '../api/get-objections.ts';
import { useSaveObjection } from '../api/save-objection.ts';
import { withActive } from '../utils/objection-draft.ts';
import { KindBadge, KindControl } from './knowledge-kind.tsx';
import { ObjectionModal } from './objection-modal.tsx';

/** The library as a searchable table: create, edit, retire and restore objections. */
export function ObjectionLibrary() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [clientId] = useClientParam();
  const library = useObjectionLibrary(clientId);
  const save = useSaveObjection();
  const [query, setQuery] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [kind, setKind] = useState<KnowledgeKind | 'all'>('all');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const all = library.data ?? [];
  // The setters' search on the call screen, so the manager sees what they would find.
  const rows = searchObjections(
    all.filter((item) => (showRetired || item.active) && (kind === 'all' || item.kind === kind)),
    query,
  );
  const toggle = (objection: ObjectionDto) => {
    if (clientId === null) return;
    save.mutate(
      { clientId, id: objection.id, body: withActive(objection, !objection.active) },
      {
        onSuccess: () =>
          notify({
            color: 'green',
            message: t(objection.active ? 'objectionLibrary.retired' : 'objectionLibrary.restored', {
              title: objection.title,
            }),
          }),
      },
    );
  };
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            type="search"
            label={t('objectionLibrary.search')}
            placeholder={t('objectionLibrary.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={320}
          />
          <KindControl withAll label={t('knowledge.filterLabel')} value={kind} onChange={setKind} />
          <Switch
            mb={8}
            label={t('objectionLibrary.showRetired')}
            checked={showRetired}
            onChange={(event) => setShowRetired(event.currentTarget.checked)}
          />
        </Group>
        <Button onClick={() => setEditing('new')}>{t('objectionLibrary.new')}</Button>
      </Group>
      <ErrorAlert error={library.error ?? save.error} />
      <Paper withBorder>
        {rows.length === 0 ? (
          <Text p="md" c="dimmed">
            {library.isLoading
              ? t('common.loading')
              : all.length === 0
                ? t('objectionLibrary.empty')
                : t('objectionLibrary.noMatch')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('objectionLibrary.objection')}</Table.Th>
                  <Table.Th scope="col">{t('objectionLibrary.keywords')}</Table.Th>
                  <Table.Th scope="col">{t('objectionLibrary.responses')}</Table.Th>
                  <Table.Th scope="col">{t('objectionLibrary.status')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('objectionLibrary.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((objection) => (
                  <Table.Tr key={objection.id} data-testid="objection-row">
                    <Table.Th scope="row">
                      <Group gap={6} wrap="nowrap">
                        <KindBadge kind={objection.kind} />
                        <span>{objection.title}</span>
                      </Group>
                    </Table.Th>
                    <Table.Td>
                      <Group gap={4}>
                        {objection.keywords.map((keyword) => (
                          <Badge key={keyword} variant="light" color="gray" tt="none">
                            {keyword}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>{objection.responses.length}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={objection.active ? statusColors.callable : statusColors.neutral}
                      >
                        {objection.active ? t('objectionLibrary.active') : t('objectionLibrary.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          variant="default"
                          size="compact-sm"
                          onClick={() => setEditing(objection.id)}
                          aria-label={t('objectionLibrary.editNamed', { title: objection.title })}
                        >
                          {t('objectionLibrary.edit')}
                        </Button>
                        <Button
                          variant="default"
                          size="compact-sm"
                          onClick={() => toggle(objection)}
                          aria-label={t(
                            objection.active
                              ? 'objectionLibrary.retireNamed'
                              : 'objectionLibrary.restoreNamed',
                            { title: objection.title },
                          )}
                        >
                          {objection.active ? t('objectionLibrary.retire') : t('objectionLibrary.restore')}
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
      {clientId !== null && editing !== null && (
        <ObjectionModal
          key={editing}
          clientId={clientId}
          objection={editing === 'new' ? null : (all.find((item) => item.id === editing) ?? null)}
          newKind={kind === 'all' ? 'objection' : kind}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
