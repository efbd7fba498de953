import { Badge, Box, Button, Group, Kbd, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { leadStatusColor } from '../../../components/status-colors.ts';
import { formatPhone } from '../../../lib/phone-format.ts';
import { type LeadSearchItem, useLeadSearch } from '../api/search-leads.ts';

interface LeadSearchPanelProps {
  text: string;
  onTextChange: (text: string) => void;
  /** Enter: the lead on the call screen, as an incoming call. */
  onTakeCall: (leadId: number) => void;
  /** Shift+Enter: the lead's page. */
  onOpenLead: (leadId: number) => void;
  onCreate: () => void;
}

const optionId = (leadId: number) => `incoming-lead-${leadId}`;

/** The caller, found as you type: arrows choose, Enter takes the call, Shift+Enter opens the lead. */
export function LeadSearchPanel({
  text,
  onTextChange,
  onTakeCall,
  onOpenLead,
  onCreate,
}: LeadSearchPanelProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text.trim(), 120);
  const search = useLeadSearch(debounced);
  const items = debounced ? (search.data?.items ?? []) : [];
  const [active, setActive] = useState(0);
  const current = items[Math.min(active, items.length - 1)];
  // The option the arrows reach stays in sight inside the scrolling list.
  useEffect(() => {
    if (current) document.getElementById(optionId(current.id))?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const choose = (item: LeadSearchItem | undefined, lead: boolean) => {
    if (!item) return;
    if (lead) onOpenLead(item.id);
    else onTakeCall(item.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (Math.min(index, items.length - 1) + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(current, event.shiftKey);
    }
  };
  const waiting = text.trim() !== debounced || search.isFetching;
  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        label={t('inbound.search.label')}
        description={t('inbound.search.hint')}
        placeholder={t('inbound.search.placeholder')}
        value={text}
        onChange={(event) => {
          onTextChange(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls="incoming-call-results"
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current.id) : undefined}
        autoComplete="off"
        rightSection={waiting && debounced ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
      />
      <ErrorAlert error={search.error} />
      <Stack
        id="incoming-call-results"
        role="listbox"
        aria-label={t('inbound.search.results')}
        gap={4}
        p={0}
        m={0}
        mah="min(50vh, 420px)"
        style={{ overflowY: 'auto' }}
      >
        {items.map((item) => (
          <ResultRow
            key={item.id}
            item={item}
            active={item.id === current?.id}
            onPick={(lead) => choose(item, lead)}
          />
        ))}
      </Stack>
      {debounced && !waiting && items.length === 0 && !search.error && (
        <Text size="sm" c="dimmed" role="status">
          {t('inbound.search.none')}
        </Text>
      )}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('inbound.search.keys')}
        </Text>
        <Button variant="default" size="compact-sm" onClick={onCreate} aria-keyshortcuts="Alt+N">
          {t('inbound.search.create')}
          <Kbd ml={6} size="xs">
            Alt+N
          </Kbd>
        </Button>
      </Group>
    </Stack>
  );
}

function ResultRow({
  item,
  active,
  onPick,
}: {
  item: LeadSearchItem;
  active: boolean;
  onPick: (lead: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    // The keyboard stays in the search field (aria-activedescendant); the mouse may pick a row too.
    <Box
      id={optionId(item.id)}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      data-testid="incoming-result"
      data-lead-id={item.id}
      p="xs"
      bdrs="sm"
      bg={active ? 'var(--mantine-primary-color-light)' : undefined}
      style={{ cursor: 'pointer' }}
      onClick={(event) => onPick(event.shiftKey)}
      onKeyDown={(event) => event.key === 'Enter' && onPick(event.shiftKey)}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Stack gap={0} miw={0}>
          <Text fw={600} truncate>
            {item.name}
            {item.company && (
              <Text span c="dimmed" fw={400}>
                {' '}
                · {item.company}
              </Text>
            )}
          </Text>
          <Text size="sm" c="dimmed" truncate>
            {formatPhone(item.phone)} · {item.clientName}
            {item.email ? ` · ${item.email}` : ''}
          </Text>
        </Stack>
        <Badge color={leadStatusColor(item.status)} variant="light" style={{ flexShrink: 0 }}>
          {t(`leadStatus.${item.status}`)}
        </Badge>
      </Group>
    </Box>
  );
}
