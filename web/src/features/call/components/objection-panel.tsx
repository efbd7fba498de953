import { Group, Kbd, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type KeyboardEvent, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { KindBadge } from '../../objections/components/knowledge-kind.tsx';
import type { DraftStore } from '../hooks/call-draft.ts';
import { filterObjections, markObjection } from '../utils/objection-filter.ts';
import { MarkedObjections } from './marked-objections.tsx';
import { ObjectionResponses } from './objection-responses.tsx';

interface ObjectionPanelProps {
  objections: ObjectionDto[] | undefined;
  error: unknown;
  store: DraftStore;
}

/** "/" or Ctrl+K: the keyboard goes to the objection search. */
export function focusObjectionSearch(): void {
  const input = document.getElementById('objection-search');
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

const shownResults = 8;

/**
 * The client's objection library, searched as the setter types: arrows pick, Enter opens an
 * objection and shows its responses, Enter on a response marks it used in this call.
 */
export const ObjectionPanel = memo(function ObjectionPanel({
  objections,
  error,
  store,
}: ObjectionPanelProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const [openId, setOpenId] = useState<number | null>(null);
  const results = filterObjections(objections ?? [], query).slice(0, shownResults);
  const open = objections?.find((objection) => objection.id === openId) ?? null;
  const highlighted = results[Math.min(highlight, results.length - 1)];

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((index) => Math.max(0, Math.min(results.length - 1, index + step)));
    } else if (event.key === 'Enter' && highlighted) {
      event.preventDefault();
      setOpenId(highlighted.id);
    } else if (event.key === 'Escape' && (query !== '' || openId !== null)) {
      event.preventDefault();
      setQuery('');
      setOpenId(null);
    }
  };
  const mark = (objectionId: number, responseId: string | null) => {
    store.set((draft) => ({ objections: markObjection(draft.objections, { objectionId, responseId }) }));
    setOpenId(null);
    focusObjectionSearch();
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="objections-title"
      id="objection-panel"
      className="call-panel"
      tabIndex={-1}
    >
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Title order={2} size="h5" id="objections-title">
          {t('call.objections.title')}
        </Title>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">/</Kbd> · <Kbd size="xs">Ctrl+K</Kbd>
        </Text>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {!objections && !error ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
      <Stack gap={6}>
        <TextInput
          id="objection-search"
          size="xs"
          label={t('call.objections.search')}
          placeholder={t('call.objections.searchPlaceholder')}
          role="combobox"
          aria-expanded={results.length > 0 && open === null}
          aria-controls={results.length > 0 && open === null ? 'objection-results' : undefined}
          aria-autocomplete="list"
          aria-activedescendant={
            highlighted && open === null ? `objection-option-${highlighted.id}` : undefined
          }
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setHighlight(0);
            setOpenId(null);
          }}
          onKeyDown={onSearchKey}
        />
        {open ? (
          <ObjectionResponses
            objection={open}
            onMark={mark}
            onClose={() => {
              setOpenId(null);
              focusObjectionSearch();
            }}
          />
        ) : (
          <>
            {results.length > 0 && (
              <div
                id="objection-results"
                role="listbox"
                aria-label={t('call.objections.results')}
                className="objection-results"
              >
                {results.map((objection) => (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works through the search field (arrows, Enter)
                  <div
                    key={objection.id}
                    tabIndex={-1}
                    id={`objection-option-${objection.id}`}
                    role="option"
                    aria-selected={objection.id === highlighted?.id}
                    data-testid="objection-option"
                    onClick={() => setOpenId(objection.id)}
                  >
                    {/* Objections are the library's default; questions and facts say what they are. */}
                    {objection.kind !== 'objection' && <KindBadge kind={objection.kind} />} {objection.title}
                  </div>
                ))}
              </div>
            )}
            {objections && results.length === 0 && (
              <Text size="sm" c="dimmed">
                {objections.length === 0 ? t('call.objections.empty') : t('call.objections.noMatch')}
              </Text>
            )}
          </>
        )}
        <MarkedObjections store={store} objections={objections ?? []} />
      </Stack>
    </Paper>
  );
});
