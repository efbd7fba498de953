import {
  ActionIcon,
  Badge,
  Checkbox,
  Code,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type OutcomeDraft, type OutcomeProblem, outcomeFlagNames } from '../utils/outcomes-draft.ts';
import { ReasonList } from './reason-list.tsx';

interface OutcomeCardProps {
  outcome: OutcomeDraft;
  /** The outcome's key as it will be saved. */
  outcomeKey: string;
  /** Its place in the list, from 1. */
  n: number;
  last: boolean;
  /** Problems by path below this outcome: 'label', 'reasons', 'reasons.1'. */
  problems: Readonly<Record<string, OutcomeProblem>>;
  onChange: (patch: Partial<OutcomeDraft>) => void;
  onMove: (offset: number) => void;
  /** Only for an outcome not saved yet: a stored one is retired instead. */
  onRemove: (() => void) | null;
}

/** One business outcome: its label and key, what it means (flags), whether it needs a reason, its reasons. */
export function OutcomeCard({ outcome, outcomeKey, n, last, problems, ...on }: OutcomeCardProps) {
  const { t } = useTranslation();
  const name = outcome.label.trim() || t('setupOutcomes.unnamed', { n });
  const problemText = (problem: OutcomeProblem | undefined) =>
    problem ? t(`setupOutcomes.problems.${problem}`) : null;
  const reasonProblems = Object.fromEntries(
    Object.entries(problems).flatMap(([path, problem]) => {
      const index = /^reasons\.(\d+)$/.exec(path)?.[1];
      return index === undefined ? [] : [[Number(index), problem]];
    }),
  );
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      aria-label={name}
      data-testid="outcome-card"
      data-key={outcomeKey}
      style={outcome.active ? undefined : { opacity: 0.75 }}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={700} w={24} mt={6} aria-hidden="true">
            {n}
          </Text>
          <TextInput
            id={`${outcome.draftId}-label`}
            label={t('setupOutcomes.label')}
            value={outcome.label}
            maxLength={100}
            required
            onChange={(event) => on.onChange({ label: event.currentTarget.value })}
            error={problemText(problems.label)}
            style={{ flex: 1 }}
          />
          <Stack gap={2} mt={2} w={230}>
            <Text size="sm" fw={500}>
              {t('setupOutcomes.key')} <Code>{outcomeKey}</Code>
            </Text>
            <Text size="xs" c="dimmed">
              {outcome.savedKey ? t('setupOutcomes.keyLocked') : t('setupOutcomes.keyGenerated')}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap" mt={24}>
            <ActionIcon
              id={`${outcome.draftId}-up`}
              variant="default"
              aria-label={t('setupOutcomes.moveUp', { name })}
              disabled={n === 1}
              onClick={() => on.onMove(-1)}
            >
              <span aria-hidden="true">↑</span>
            </ActionIcon>
            <ActionIcon
              id={`${outcome.draftId}-down`}
              variant="default"
              aria-label={t('setupOutcomes.moveDown', { name })}
              disabled={last}
              onClick={() => on.onMove(1)}
            >
              <span aria-hidden="true">↓</span>
            </ActionIcon>
            {on.onRemove && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('setupOutcomes.remove', { name })}
                onClick={on.onRemove}
              >
                <span aria-hidden="true">×</span>
              </ActionIcon>
            )}
          </Group>
        </Group>
        <Checkbox.Group
          label={t('setupOutcomes.flagsLabel')}
          value={outcomeFlagNames.filter((flag) => outcome.flags[flag])}
          onChange={(chosen) =>
            on.onChange({
              flags: Object.fromEntries(
                outcomeFlagNames.map((flag) => [flag, chosen.includes(flag)]),
              ) as OutcomeDraft['flags'],
            })
          }
        >
          <Group gap="md" mt={4}>
            {outcomeFlagNames.map((flag) => (
              <Checkbox key={flag} value={flag} label={t(`setupOutcomes.flags.${flag}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group gap="lg">
          <Switch
            label={t('setupOutcomes.requiresReason')}
            checked={outcome.requiresReason}
            onChange={(event) => on.onChange({ requiresReason: event.currentTarget.checked })}
          />
          <Switch
            label={t('setupOutcomes.active')}
            checked={outcome.active}
            onChange={(event) => on.onChange({ active: event.currentTarget.checked })}
          />
          {!outcome.active && (
            <Badge variant="light" color="gray">
              {t('setupOutcomes.retired')}
            </Badge>
          )}
        </Group>
        <ReasonList
          outcome={name}
          reasons={outcome.reasons}
          onChange={(reasons) => on.onChange({ reasons })}
          problems={{ ...reasonProblems, ...(problems.reasons ? { list: problems.reasons } : {}) }}
        />
      </Stack>
    </Paper>
  );
}
