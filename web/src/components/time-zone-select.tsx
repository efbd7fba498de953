import { type ComboboxItem, type OptionsFilter, Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/i18n.ts';
import { timeZoneOptions, zoneMatches } from '../lib/zone-options.ts';
import { knownTimeZones } from '../lib/zoned-time.ts';

type TimeZoneSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string;
  onChange: (zone: string) => void;
};

const filter: OptionsFilter = ({ options, search, limit }) => {
  const found: ComboboxItem[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    if ('value' in option && zoneMatches(option, search)) found.push(option);
  }
  return found;
};

/**
 * An IANA zone, shown by its name in the language on screen ("Eastern Time — New York",
 * "Северноамеричко источно време — Њујорк") with the id as a hint; searched by either.
 */
export function TimeZoneSelect({ value, onChange, description, ...props }: TimeZoneSelectProps) {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const data = useMemo(() => timeZoneOptions(knownTimeZones(value), locale), [value, locale]);
  return (
    <Select
      {...props}
      description={
        value ? (
          <>
            {value}
            {description ? <> · {description}</> : null}
          </>
        ) : (
          description
        )
      }
      searchable
      allowDeselect={false}
      limit={80}
      data={data}
      filter={filter}
      value={value}
      onChange={(zone) => {
        if (zone) onChange(zone);
      }}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {!option.label.includes(option.value) && (
            <Text size="xs" c="dimmed">
              {option.value}
            </Text>
          )}
        </Stack>
      )}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
