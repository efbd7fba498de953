import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useClientParam } from '../../../components/use-client-param.ts';
import { focusAfterMove, moveItem } from '../../../lib/move-item.ts';
import { OrganizationLanguageSelect } from '../../organization/components/organization-language-select.tsx';
import { useClientOutcomes } from '../api/get-outcomes.ts';
import { useSaveClientOutcomes } from '../api/save-outcomes.ts';
import {
  maxOutcomes,
  newOutcome,
  type OutcomeDraft,
  type OutcomeProblem,
  outcomeKeys,
  outcomeProblems,
  outcomesChanged,
  outcomesDraftFrom,
  outcomesRequest,
} from '../utils/outcomes-draft.ts';
import { FlagsHelp } from './flags-help.tsx';
import { OutcomeCard } from './outcome-card.tsx';

/** Problems of outcome `index`, with its prefix taken off ('outcomes.2.label' → 'label'). */
function problemsOf(problems: Record<string, OutcomeProblem>, index: number) {
  const prefix = `outcomes.${index}.`;
  return Object.fromEntries(
    Object.entries(problems)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, problem]) => [path.slice(prefix.length), problem]),
  );
}

/**
 * The client's business outcomes in the order setters see them, and the reasons for each. The
 * whole list is saved at once; an outcome is retired, never deleted, so past calls keep it.
 */
export function OutcomesPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [clientId] = useClientParam();
  const query = useClientOutcomes(clientId);
  const save = useSaveClientOutcomes();
  const stored = useMemo(() => (query.data ? outcomesDraftFrom(query.data) : null), [query.data]);
  const [draft, setDraft] = useState<OutcomeDraft[] | null>(null);
  const [tried, setTried] = useState(false);
  const outcomes = draft ?? stored ?? [];
  const problems = outcomeProblems(outcomes);
  const shown = tried ? problems : {};
  const changed = stored !== null && outcomesChanged(outcomes, stored);
  const keys = outcomeKeys(outcomes);

  const update = (index: number, patch: Partial<OutcomeDraft>) =>
    setDraft(outcomes.map((outcome, at) => (at === index ? { ...outcome, ...patch } : outcome)));
  const add = () => {
    const fresh = newOutcome();
    setDraft([...outcomes, fresh]);
    requestAnimationFrame(() => document.getElementById(`${fresh.draftId}-label`)?.focus());
  };
  const undo = () => {
    setDraft(null);
    setTried(false);
  };
  const onSave = () => {
    setTried(true);
    if (clientId === null || Object.keys(problems).length > 0) return;
    save.mutate(
      { clientId, body: outcomesRequest(outcomes) },
      {
        onSuccess: () => {
          setDraft(null);
          setTried(false);
          notify({ color: 'green', message: t('setupOutcomes.saved') });
        },
      },
    );
  };

  if (query.error) return <ErrorAlert error={query.error} title={t('setupOutcomes.loadFailed')} />;
  if (!stored) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={620}>
          {t('setupOutcomes.intro')}
        </Text>
        <Group gap="xs">
          {changed && (
            <Badge variant="light" color="yellow">
              {t('setupOutcomes.unsaved')}
            </Badge>
          )}
          <Button variant="default" disabled={!changed} onClick={undo}>
            {t('setupOutcomes.undo')}
          </Button>
          <Button onClick={onSave} loading={save.isPending} disabled={!changed}>
            {t('setupOutcomes.save')}
          </Button>
        </Group>
      </Group>
      <FlagsHelp />
      <OrganizationLanguageSelect />
      {tried && Object.keys(problems).length > 0 && (
        <Text size="sm" c="var(--mantine-color-red-light-color)" role="alert">
          {shown.outcomes ? t(`setupOutcomes.problems.${shown.outcomes}`) : t('setupOutcomes.fixProblems')}
        </Text>
      )}
      <ErrorAlert error={save.error} title={t('setupOutcomes.saveFailed')} />
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {outcomes.map((outcome, index) => (
          <OutcomeCard
            key={outcome.draftId}
            outcome={outcome}
            outcomeKey={keys[index] ?? ''}
            n={index + 1}
            last={index === outcomes.length - 1}
            problems={problemsOf(shown, index)}
            onChange={(patch) => update(index, patch)}
            onMove={(offset) => {
              setDraft(moveItem(outcomes, index, offset));
              focusAfterMove(outcome.draftId, offset < 0 ? 'up' : 'down');
            }}
            onRemove={outcome.savedKey ? null : () => setDraft(outcomes.filter((_, at) => at !== index))}
          />
        ))}
      </Stack>
      <Group>
        <Button variant="light" onClick={add} disabled={outcomes.length >= maxOutcomes}>
          + {t('setupOutcomes.add')}
        </Button>
      </Group>
    </Stack>
  );
}
