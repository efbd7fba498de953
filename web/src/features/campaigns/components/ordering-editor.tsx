import { Stack, Title } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadDto } from '../../../../../src/contracts/leads.ts';
import type { OrderingDraft } from '../utils/ordering-draft.ts';
import { customFieldKeysOf, filterValueSuggestions } from '../utils/queue-preview-view.ts';
import { FiltersEditor } from './filters-editor.tsx';
import { SortKeysEditor } from './sort-keys-editor.tsx';

interface OrderingEditorProps {
  value: OrderingDraft;
  onChange: (next: OrderingDraft) => void;
  messages: Readonly<Record<string, string>>;
  /** Leads to take custom-field keys and filter values from (the queue preview's); may be empty. */
  sampleLeads: readonly LeadDto[];
  /** The heading level the editor's two parts sit under. */
  headingOrder: 3 | 4;
}

/** The campaign's order after callbacks and hot leads, and the filters that pick its leads. */
export function OrderingEditor({
  value,
  onChange,
  messages,
  sampleLeads,
  headingOrder,
}: OrderingEditorProps) {
  const { t } = useTranslation();
  const customKeys = customFieldKeysOf(sampleLeads);
  return (
    // Mantine's error red (red 6) is under AA on white; the light-variant red of the theme is not.
    <Stack
      gap="md"
      style={{ '--mantine-color-error': 'var(--mantine-color-red-light-color)' } as CSSProperties}
    >
      <Stack gap="xs" component="section" aria-label={t('campaigns.ordering.sortTitle')}>
        <Title order={headingOrder} size="h5">
          {t('campaigns.ordering.sortTitle')}
        </Title>
        <SortKeysEditor
          sortKeys={value.sortKeys}
          onChange={(sortKeys) => onChange({ ...value, sortKeys })}
          messages={messages}
          customKeys={customKeys}
        />
      </Stack>
      <Stack gap="xs" component="section" aria-label={t('campaigns.ordering.filtersTitle')}>
        <Title order={headingOrder} size="h5">
          {t('campaigns.ordering.filtersTitle')}
        </Title>
        <FiltersEditor
          filters={value.filters}
          onChange={(filters) => onChange({ ...value, filters })}
          messages={messages}
          customKeys={customKeys}
          suggestionsFor={(field) => filterValueSuggestions(field, sampleLeads)}
        />
      </Stack>
    </Stack>
  );
}
