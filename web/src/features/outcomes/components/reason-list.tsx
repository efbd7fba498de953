import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newReason, type OutcomeProblem, type ReasonDraft } from '../utils/outcomes-draft.ts';

interface ReasonListProps {
  /** The outcome's label, to name the controls ("Reason 2 of Not interested"). */
  outcome: string;
  reasons: ReasonDraft[];
  onChange: (reasons: ReasonDraft[]) => void;
  /** Problems by reason index, and `list` for the list as a whole. */
  problems: Partial<Record<number | 'list', OutcomeProblem>>;
}

/**
 * The reasons a setter picks from for one outcome: rename in place, retire (kept for history,
 * hidden from setters) or restore, and add a new one with Enter.
 */
export function ReasonList({ outcome, reasons, onChange, problems }: ReasonListProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState('');
  const update = (index: number, patch: Partial<ReasonDraft>) =>
    onChange(reasons.map((reason, at) => (at === index ? { ...reason, ...patch } : reason)));
  const add = () => {
    if (!adding.trim()) return;
    onChange([...reasons, newReason(adding.trim())]);
    setAdding('');
  };
  const problemText = (problem: OutcomeProblem | undefined) =>
    problem ? t(`setupOutcomes.problems.${problem}`) : null;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('setupOutcomes.reasons')}
      </Text>
      {reasons.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('setupOutcomes.noReasons')}
        </Text>
      )}
      {reasons.map((reason, index) => (
        <Group key={reason.draftId} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={t('setupOutcomes.reasonLabel', { n: index + 1, outcome })}
            value={reason.label}
            maxLength={100}
            onChange={(event) => update(index, { label: event.currentTarget.value })}
            error={problemText(problems[index])}
            disabled={!reason.active}
            style={{ flex: 1 }}
          />
          {!reason.active && (
            <Badge variant="light" color="gray" mt={8} className="no-shrink">
              {t('setupOutcomes.retired')}
            </Badge>
          )}
          <Button
            variant="default"
            size="sm"
            onClick={() => update(index, { active: !reason.active })}
            aria-label={t(reason.active ? 'setupOutcomes.retireReason' : 'setupOutcomes.restoreReason', {
              label: reason.label || index + 1,
            })}
          >
            {reason.active ? t('setupOutcomes.retire') : t('setupOutcomes.restore')}
          </Button>
        </Group>
      ))}
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          aria-label={t('setupOutcomes.newReason', { outcome })}
          placeholder={t('setupOutcomes.newReasonPlaceholder')}
          value={adding}
          maxLength={100}
          onChange={(event) => setAdding(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          error={problemText(problems.list)}
          style={{ flex: 1 }}
        />
        <Button variant="light" onClick={add} disabled={!adding.trim()}>
          {t('setupOutcomes.addReason')}
        </Button>
      </Group>
    </Stack>
  );
}
