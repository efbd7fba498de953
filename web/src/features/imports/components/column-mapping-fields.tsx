import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { Alert, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PreviewRow } from '../../../../../src/contracts/imports.ts';
import { slugifyHeader } from '../../../../../src/core/lead-intake/header-text.ts';
import {
  customPrefix,
  customTargetFor,
  leadFieldTargets,
  mappingIssues,
  sampleValues,
} from '../utils/column-targets.ts';
import { MappingTemplatesBar } from './mapping-templates-bar.tsx';

interface ColumnMappingFieldsProps {
  clientId: number;
  headers: string[];
  rows: PreviewRow[];
  /** The client's custom-field keys, most used first: a column can join one. */
  existingKeys: string[];
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
}

/**
 * Lead fields, then the client's existing custom fields (so one fact keeps one key), then this
 * column's own custom field and "ignore".
 */
function targetOptions(
  t: TFunction,
  header: string,
  current: string | undefined,
  existingKeys: string[],
): ComboboxItemGroup<ComboboxItem>[] {
  const existing = existingKeys.map((key) => `${customPrefix}${key}`);
  const own = customTargetFor(header, current);
  // A column already on an existing key offers its header's own slug as the "new field" choice.
  const custom = existing.includes(own) ? `${customPrefix}${slugifyHeader(header)}` : own;
  return [
    {
      group: t('import.mapping.leadFields'),
      items: leadFieldTargets.map((field) => ({ value: field, label: t(`import.field.${field}`) })),
    },
    ...(existing.length > 0
      ? [
          {
            group: t('import.mapping.existing'),
            items: existing.map((value) => ({
              value,
              label: t('import.mapping.existingKey', { key: value.slice(customPrefix.length) }),
            })),
          },
        ]
      : []),
    {
      group: t('import.mapping.other'),
      items: [
        ...(existing.includes(custom)
          ? []
          : [
              {
                value: custom,
                label: t('import.mapping.custom', { key: custom.slice(customPrefix.length) }),
              },
            ]),
        { value: 'ignore', label: t('import.field.ignore') },
      ],
    },
  ];
}

/** One select per column: where its values go, with two of them as a reminder of what it holds. */
export function ColumnMappingFields({
  clientId,
  headers,
  rows,
  existingKeys,
  mapping,
  onChange,
}: ColumnMappingFieldsProps) {
  const { t } = useTranslation();
  const issues = mappingIssues(mapping);
  return (
    <Stack gap="sm" component="section" aria-labelledby="mapping-title">
      <Title order={2} size="h5" id="mapping-title">
        {t('import.mapping.title')}
      </Title>
      <MappingTemplatesBar clientId={clientId} headers={headers} mapping={mapping} onLoad={onChange} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {headers.map((header) => {
          const samples = sampleValues(rows, header);
          return (
            <Select
              key={header}
              label={header}
              description={
                samples.length > 0
                  ? t('import.mapping.samples', { values: samples.join(' · ') })
                  : t('import.mapping.noSamples')
              }
              allowDeselect={false}
              data={targetOptions(t, header, mapping[header], existingKeys)}
              value={mapping[header] ?? 'ignore'}
              onChange={(target) => target && onChange({ ...mapping, [header]: target })}
              data-testid="mapping-select"
            />
          );
        })}
      </SimpleGrid>
      {(issues.noPhone || issues.repeated.length > 0) && (
        <Alert color="yellow" variant="light" title={t('import.mapping.issuesTitle')}>
          {issues.noPhone && <Text size="sm">{t('import.mapping.noPhone')}</Text>}
          {issues.repeated.length > 0 && (
            <Text size="sm">
              {t('import.mapping.repeated', {
                fields: issues.repeated
                  .map((field) => t(`import.field.${field}`, { defaultValue: field }))
                  .join(', '),
              })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
