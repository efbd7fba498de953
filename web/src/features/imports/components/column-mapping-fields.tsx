import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { Alert, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PreviewRow } from '../../../../../src/contracts/imports.ts';
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
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
}

/** Lead fields, then this column's custom field and "ignore". */
function targetOptions(
  t: TFunction,
  header: string,
  current: string | undefined,
): ComboboxItemGroup<ComboboxItem>[] {
  const custom = customTargetFor(header, current);
  return [
    {
      group: t('import.mapping.leadFields'),
      items: leadFieldTargets.map((field) => ({ value: field, label: t(`import.field.${field}`) })),
    },
    {
      group: t('import.mapping.other'),
      items: [
        { value: custom, label: t('import.mapping.custom', { key: custom.slice(customPrefix.length) }) },
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
              data={targetOptions(t, header, mapping[header])}
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
