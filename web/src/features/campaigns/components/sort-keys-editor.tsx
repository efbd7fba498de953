import { ActionIcon, Autocomplete, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  customChoice,
  maxSortKeys,
  messageAt,
  moveItem,
  newDraftId,
  type SortKeyDraft,
  sortFields,
} from '../utils/ordering-draft.ts';
import { DirectionControl } from './direction-control.tsx';

interface SortKeysEditorProps {
  sortKeys: SortKeyDraft[];
  onChange: (next: SortKeyDraft[]) => void;
  /** Problems to show beside their fields, by path ('sortKeys.1.field'). */
  messages: Readonly<Record<string, string>>;
  customKeys: readonly string[];
}

/** Focus follows the row it moved, so the arrow buttons can be pressed again and again. */
function focusAfterMove(id: string, preferred: 'up' | 'down') {
  requestAnimationFrame(() => {
    const button = (which: string) => document.getElementById(`${id}-${which}`) as HTMLButtonElement | null;
    const target = button(preferred);
    (target && !target.disabled ? target : button(preferred === 'up' ? 'down' : 'up'))?.focus();
  });
}

/** Callbacks due now and fresh hot leads come before any campaign order: shown, never editable. */
function FixedRows() {
  const { t } = useTranslation();
  return (
    <>
      {(['fixedCallbacks', 'fixedHot'] as const).map((key) => (
        <Paper key={key} withBorder p="xs" bg="var(--mantine-color-default-hover)">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" fw={600}>
              {t(`campaigns.ordering.${key}`)}
            </Text>
            <Badge variant="light" color="gray" title={t('campaigns.ordering.fixedHelp')}>
              {t('campaigns.ordering.fixedBadge')}
            </Badge>
          </Group>
        </Paper>
      ))}
    </>
  );
}

/** The campaign's order: fields first to last, each ascending or descending. */
export function SortKeysEditor({ sortKeys, onChange, messages, customKeys }: SortKeysEditorProps) {
  const { t } = useTranslation();
  const fieldOptions = [...sortFields, customChoice].map((field) => ({
    value: field,
    label: t(`campaigns.ordering.fields.${field}`),
  }));
  const update = (index: number, patch: Partial<SortKeyDraft>) =>
    onChange(sortKeys.map((key, at) => (at === index ? { ...key, ...patch } : key)));
  const move = (index: number, offset: number, id: string) => {
    onChange(moveItem(sortKeys, index, offset));
    focusAfterMove(id, offset < 0 ? 'up' : 'down');
  };
  const unused = sortFields.find((field) => !sortKeys.some((key) => key.field === field)) ?? customChoice;
  return (
    <Stack gap="xs">
      <FixedRows />
      <Text size="sm" c="dimmed">
        {sortKeys.length === 0 ? t('campaigns.ordering.sortEmpty') : t('campaigns.ordering.sortThen')}
      </Text>
      <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {sortKeys.map((key, index) => (
          <SortKeyRow
            key={key.id}
            draft={key}
            n={index + 1}
            last={index === sortKeys.length - 1}
            fieldOptions={fieldOptions}
            customKeys={customKeys}
            problem={messageAt(messages, `sortKeys.${index}.field`)}
            onUpdate={(patch) => update(index, patch)}
            onMove={(offset) => move(index, offset, key.id)}
            onRemove={() => onChange(sortKeys.filter((_, at) => at !== index))}
          />
        ))}
      </Stack>
      <Group gap="xs">
        <Button
          variant="light"
          size="xs"
          disabled={sortKeys.length >= maxSortKeys}
          onClick={() =>
            onChange([...sortKeys, { id: newDraftId(), field: unused, customKey: '', direction: 'asc' }])
          }
        >
          + {t('campaigns.ordering.add')}
        </Button>
        {sortKeys.length >= maxSortKeys && (
          <Text size="xs" c="dimmed">
            {t('campaigns.ordering.maxReached', { max: maxSortKeys })}
          </Text>
        )}
        {messages.sortKeys && (
          <Text size="xs" c="var(--mantine-color-red-light-color)" role="alert">
            {messages.sortKeys}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

interface SortKeyRowProps {
  draft: SortKeyDraft;
  /** The key's place in the order, from 1. */
  n: number;
  last: boolean;
  fieldOptions: { value: string; label: string }[];
  customKeys: readonly string[];
  problem: string | undefined;
  onUpdate: (patch: Partial<SortKeyDraft>) => void;
  onMove: (offset: number) => void;
  onRemove: () => void;
}

/** One sort key: its field on the first line, direction and moves on the second. */
function SortKeyRow({ draft, n, last, fieldOptions, customKeys, problem, ...on }: SortKeyRowProps) {
  const { t } = useTranslation();
  const custom = draft.field === customChoice;
  return (
    <Paper component="li" withBorder p="xs" data-testid="sort-key-row">
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={700} w={20} mt={6} aria-hidden="true">
            {n}
          </Text>
          <Select
            aria-label={t('campaigns.ordering.field', { n })}
            data={fieldOptions}
            value={draft.field}
            allowDeselect={false}
            onChange={(value) => value && on.onUpdate({ field: value as SortKeyDraft['field'] })}
            error={custom ? undefined : problem}
            style={{ flex: 1 }}
          />
          {custom && (
            <Autocomplete
              aria-label={t('campaigns.ordering.customKey', { n })}
              placeholder={t('campaigns.ordering.customKeyPlaceholder')}
              data={[...customKeys]}
              value={draft.customKey}
              onChange={(customKey) => on.onUpdate({ customKey })}
              error={problem}
              style={{ flex: 1 }}
            />
          )}
        </Group>
        <Group justify="space-between" gap="xs" pl={28}>
          <DirectionControl
            label={t('campaigns.ordering.direction', { n })}
            value={draft.direction}
            onChange={(direction) => on.onUpdate({ direction })}
          />
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              id={`${draft.id}-up`}
              variant="default"
              aria-label={t('campaigns.ordering.moveUp', { n })}
              disabled={n === 1}
              onClick={() => on.onMove(-1)}
            >
              <span aria-hidden="true">↑</span>
            </ActionIcon>
            <ActionIcon
              id={`${draft.id}-down`}
              variant="default"
              aria-label={t('campaigns.ordering.moveDown', { n })}
              disabled={last}
              onClick={() => on.onMove(1)}
            >
              <span aria-hidden="true">↓</span>
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('campaigns.ordering.remove', { n })}
              onClick={on.onRemove}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
