import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrderingDraft, toOrderingDraft } from '../utils/ordering-draft.ts';
import { OrderingEditor } from './ordering-editor.tsx';

/** The order a new campaign starts with: the server's default, oldest leads first. */
export const newCampaignOrdering = (): OrderingDraft =>
  toOrderingDraft({ sortKeys: [{ field: 'created_at', direction: 'asc' }], filters: [] });

interface NewCampaignOrderingProps {
  value: OrderingDraft;
  onChange: (next: OrderingDraft) => void;
  messages: Readonly<Record<string, string>>;
}

/** The ordering rules in the new-campaign form: folded away until the manager asks for them. */
export function NewCampaignOrdering({ value, onChange, messages }: NewCampaignOrderingProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  // A problem inside the folded part must not stay out of sight.
  const open = expanded || Object.keys(messages).length > 0;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          variant="subtle"
          aria-expanded={open}
          aria-controls="new-campaign-ordering"
          onClick={() => setExpanded(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}&nbsp;</span>
          {t('campaigns.ordering.modalToggle')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('campaigns.ordering.summary', {
            sortKeys: value.sortKeys.length,
            filters: value.filters.length,
          })}
        </Text>
      </Group>
      <div id="new-campaign-ordering" hidden={!open}>
        {open && (
          <OrderingEditor
            value={value}
            onChange={onChange}
            messages={messages}
            sampleLeads={[]}
            headingOrder={3}
          />
        )}
      </div>
    </Stack>
  );
}
