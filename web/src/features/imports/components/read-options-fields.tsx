import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ReadOptions } from '../../../../../src/contracts/imports.ts';

/** The encodings spreadsheets from the US and the Balkans arrive in. */
const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'windows-1252', 'iso-8859-2'] as const;

const delimiters = [
  { value: ',', key: 'comma' },
  { value: ';', key: 'semicolon' },
  { value: '\t', key: 'tab' },
  { value: '|', key: 'pipe' },
] as const;

type Delimiter = (typeof delimiters)[number]['value'];

const isDelimiter = (value: string): value is Delimiter => delimiters.some((d) => d.value === value);

interface ReadOptionsFieldsProps {
  preview: ImportPreview;
  value: ReadOptions;
  onChange: (next: ReadOptions) => void;
}

/** How the file is read, as detected, with a select to override each guess. */
export function ReadOptionsFields({ preview, value, onChange }: ReadOptionsFieldsProps) {
  const { t } = useTranslation();
  const detectedEncoding = preview.encoding?.toLowerCase() ?? null;
  const encodingData: string[] = [...encodings];
  if (detectedEncoding && !encodingData.includes(detectedEncoding)) encodingData.push(detectedEncoding);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('import.check.format')}
        </Text>
        <Badge variant="light" color="gray" data-testid="import-format">
          {t(`import.check.formatName.${preview.format}`)}
        </Badge>
      </Group>
      <Group align="flex-start" gap="md">
        {preview.format === 'csv' && (
          <>
            <Select
              label={t('import.check.encoding')}
              description={t('import.check.encodingHelp')}
              w={260}
              allowDeselect={false}
              data={encodingData}
              value={value.encoding ?? detectedEncoding}
              onChange={(encoding) => encoding && onChange({ ...value, encoding })}
            />
            <Select
              label={t('import.check.delimiter')}
              w={200}
              allowDeselect={false}
              data={delimiters.map((d) => ({
                value: d.value,
                label: t(`import.check.delimiterName.${d.key}`),
              }))}
              value={value.delimiter ?? preview.delimiter}
              onChange={(delimiter) =>
                delimiter && isDelimiter(delimiter) && onChange({ ...value, delimiter })
              }
            />
          </>
        )}
        {preview.format === 'xlsx' && preview.sheets.length > 0 && (
          <Select
            label={t('import.check.sheet')}
            w={260}
            allowDeselect={false}
            data={preview.sheets}
            value={value.sheet ?? preview.sheet}
            onChange={(sheet) => sheet && onChange({ ...value, sheet })}
          />
        )}
      </Group>
    </Stack>
  );
}
