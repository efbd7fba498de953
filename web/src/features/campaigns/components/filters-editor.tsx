import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  TagsInput,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  customChoice,
  type FilterDraft,
  filterFields,
  maxFilters,
  messageAt,
  newDraftId,
  normalizeFilterValue,
} from '../utils/ordering-draft.ts';

interface FiltersEditorProps {
  filters: FilterDraft[];
  onChange: (next: FilterDraft[]) => void;
  messages: Readonly<Record<string, string>>;
  customKeys: readonly string[];
  /** Values to offer for a field ('state' → the states seen), by the field's wire name. */
  suggestionsFor: (field: string) => string[];
}

const wireName = (filter: FilterDraft) =>
  filter.field === customChoice ? `custom:${filter.customKey.trim()}` : filter.field;

/** Which leads the campaign calls at all: every filter must hold. */
export function FiltersEditor({
  filters,
  onChange,
  messages,
  customKeys,
  suggestionsFor,
}: FiltersEditorProps) {
  const { t } = useTranslation();
  const fieldOptions = [...filterFields, customChoice].map((field) => ({
    value: field,
    label: t(`campaigns.ordering.fields.${field}`),
  }));
  const opOptions = [
    { value: 'in', label: t('campaigns.ordering.in') },
    { value: 'not_in', label: t('campaigns.ordering.notIn') },
  ];
  const update = (index: number, patch: Partial<FilterDraft>) =>
    onChange(filters.map((filter, at) => (at === index ? { ...filter, ...patch } : filter)));
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {filters.length === 0 ? t('campaigns.ordering.filtersEmpty') : t('campaigns.ordering.filtersIntro')}
      </Text>
      {filters.map((filter, index) => {
        const n = index + 1;
        const fieldProblem = messageAt(messages, `filters.${index}.field`);
        return (
          <Paper key={filter.id} withBorder p="xs" data-testid="filter-row">
            <Group gap="xs" align="flex-start">
              <Select
                aria-label={t('campaigns.ordering.filterField', { n })}
                data={fieldOptions}
                value={filter.field}
                allowDeselect={false}
                onChange={(value) =>
                  value && update(index, { field: value as FilterDraft['field'], values: [] })
                }
                error={filter.field === customChoice ? undefined : fieldProblem}
                w={190}
              />
              {filter.field === customChoice && (
                <Autocomplete
                  aria-label={t('campaigns.ordering.filterCustomKey', { n })}
                  placeholder={t('campaigns.ordering.customKeyPlaceholder')}
                  data={[...customKeys]}
                  value={filter.customKey}
                  onChange={(customKey) => update(index, { customKey })}
                  error={fieldProblem}
                  w={170}
                />
              )}
              <Select
                aria-label={t('campaigns.ordering.filterOp', { n })}
                data={opOptions}
                value={filter.op}
                allowDeselect={false}
                onChange={(value) => value && update(index, { op: value === 'not_in' ? 'not_in' : 'in' })}
                w={150}
              />
              <TagsInput
                aria-label={t('campaigns.ordering.filterValues', { n })}
                placeholder={
                  filter.values.length === 0 ? t('campaigns.ordering.valuesPlaceholder') : undefined
                }
                data={suggestionsFor(wireName(filter))}
                value={filter.values}
                onChange={(values) =>
                  update(index, {
                    values: [...new Set(values.map((v) => normalizeFilterValue(filter.field, v)))],
                  })
                }
                error={messageAt(messages, `filters.${index}.values`)}
                clearable
                style={{ flex: 1, minWidth: 180 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                aria-label={t('campaigns.ordering.removeFilter', { n })}
                onClick={() => onChange(filters.filter((_, at) => at !== index))}
              >
                <span aria-hidden="true">×</span>
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        disabled={filters.length >= maxFilters}
        onClick={() =>
          onChange([...filters, { id: newDraftId(), field: 'state', customKey: '', op: 'in', values: [] }])
        }
      >
        + {t('campaigns.ordering.addFilter')}
      </Button>
    </Stack>
  );
}
