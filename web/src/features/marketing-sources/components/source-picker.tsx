import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { matchSources } from '../../../../../src/core/marketing-sources/marketing-source.ts';
import { useMarketingSources } from '../api/marketing-sources.ts';

interface SourcePickerProps {
  clientId: number;
  value: number | null;
  onChange: (sourceId: number | null) => void;
}

/**
 * "Where did you hear of us?" on an incoming call: the client's active sources, found by the code
 * the caller reads out (any case or spacing, either alphabet) or by words of the label. Nothing
 * shows when the client keeps no sources.
 */
export function SourcePicker({ clientId, value, onChange }: SourcePickerProps) {
  const { t } = useTranslation();
  const sources = useMarketingSources(clientId);
  const active = (sources.data ?? []).filter((source) => source.active);
  if (active.length === 0) return null;
  const byId = new Map(active.map((source) => [String(source.id), source]));
  return (
    <Select
      searchable
      clearable
      label={t('marketingSources.picker.label')}
      placeholder={t('marketingSources.picker.hint')}
      size="xs"
      styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { whiteSpace: 'nowrap' } }}
      nothingFoundMessage={t('marketingSources.noMatch')}
      data={active.map((source) => ({ value: String(source.id), label: `${source.code} — ${source.label}` }))}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next === null ? null : Number(next))}
      filter={({ options, search }) => {
        const found = matchSources(
          options.flatMap((option) => {
            const source = 'value' in option ? byId.get(option.value) : undefined;
            return source ? [source] : [];
          }),
          search,
        );
        const order = new Map(found.map((source, index) => [String(source.id), index]));
        return options
          .filter((option) => 'value' in option && order.has(option.value))
          .sort((a, b) =>
            'value' in a && 'value' in b ? (order.get(a.value) ?? 0) - (order.get(b.value) ?? 0) : 0,
          );
      }}
      w={{ base: '100%', sm: 460 }}
      data-testid="marketing-source-picker"
    />
  );
}
