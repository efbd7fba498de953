import { Group, NumberInput, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { messageAt } from '../utils/ordering-draft.ts';
import {
  type GapDraft,
  type GapOutcome,
  gapOutcomes,
  parseWholeNumber,
  type RetriesDraft,
  retryLimits,
} from '../utils/retries-draft.ts';
import { plainFieldset } from './plain-fieldset.ts';

interface RetryFieldsProps {
  value: RetriesDraft;
  onChange: (next: RetriesDraft) => void;
  messages: Readonly<Record<string, string>>;
}

// Whole numbers only; out-of-range values stay as typed so the message beside them explains.
const wholeNumber = { allowDecimal: false, allowNegative: false, clampBehavior: 'none' } as const;

/** How the queue comes back to a lead: gaps per outcome, attempt caps, rotation, cool-off. */
export function RetryFields({ value, onChange, messages }: RetryFieldsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const set = (patch: Partial<RetriesDraft>) => onChange({ ...value, ...patch });
  const setGap = (outcome: GapOutcome, gap: GapDraft) => set({ gaps: { ...value.gaps, [outcome]: gap } });
  const coolOff = parseWholeNumber(value.coolOffHours);
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {t('campaigns.retries.retriesTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('campaigns.retries.gapsIntro')}
      </Text>
      {gapOutcomes.map((outcome) => (
        <GapRow
          key={outcome}
          outcome={outcome}
          gap={value.gaps[outcome]}
          onChange={(gap) => setGap(outcome, gap)}
          message={messageAt(messages, `retryPolicy.gapMinutes.${outcome}`)}
        />
      ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          {...wholeNumber}
          label={t('campaigns.retries.maxAttemptsTotal')}
          description={t('campaigns.retries.maxAttemptsTotalHelp')}
          placeholder={t('campaigns.retries.noCap')}
          value={value.maxAttemptsTotal}
          onChange={(next) => set({ maxAttemptsTotal: String(next) })}
          error={messageAt(messages, 'retryPolicy.maxAttemptsTotal')}
        />
        <NumberInput
          {...wholeNumber}
          label={t('campaigns.retries.maxAttemptsPerDay')}
          description={t('campaigns.retries.maxAttemptsPerDayHelp')}
          placeholder={t('campaigns.retries.noCap')}
          value={value.maxAttemptsPerDay}
          onChange={(next) => set({ maxAttemptsPerDay: String(next) })}
          error={messageAt(messages, 'retryPolicy.maxAttemptsPerDay')}
        />
      </SimpleGrid>
      <Switch
        label={t('campaigns.retries.rotate')}
        description={t('campaigns.retries.rotateHelp')}
        checked={value.rotate}
        onChange={(event) => set({ rotate: event.currentTarget.checked })}
      />
      <NumberInput
        {...wholeNumber}
        label={t('campaigns.retries.coolOff')}
        description={
          coolOff !== null && Number.isInteger(coolOff) && coolOff > 0
            ? t('campaigns.retries.coolOffHelp', { count: coolOff })
            : t('campaigns.retries.coolOffNone')
        }
        placeholder={t('campaigns.retries.noCoolOff')}
        value={value.coolOffHours}
        onChange={(next) => set({ coolOffHours: String(next) })}
        error={messageAt(messages, 'retryPolicy.coolOffHours')}
        maw={320}
      />
    </Stack>
  );
}

interface GapRowProps {
  outcome: GapOutcome;
  gap: GapDraft;
  onChange: (next: GapDraft) => void;
  message: string | undefined;
}

/** "No answer: at least 2 h 30 min before the next try", as two labelled numbers. */
function GapRow({ outcome, gap, onChange, message }: GapRowProps) {
  const { t } = useTranslation();
  const name = t(`disposition.${outcome}`);
  return (
    <fieldset style={plainFieldset}>
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Text component="legend" size="sm" fw={500} w={130} pt={6} style={{ float: 'left' }}>
          {name}
        </Text>
        <NumberInput
          {...wholeNumber}
          aria-label={t('campaigns.retries.gapHours', { outcome: name })}
          placeholder="0"
          max={retryLimits.maxGapMinutes / 60}
          rightSection={<Text size="xs">{t('campaigns.retries.hoursUnit')}</Text>}
          rightSectionPointerEvents="none"
          value={gap.hours}
          onChange={(next) => onChange({ ...gap, hours: String(next) })}
          error={message}
          hideControls
          w={120}
          data-testid={`gap-${outcome}-hours`}
        />
        <NumberInput
          {...wholeNumber}
          aria-label={t('campaigns.retries.gapMinutes', { outcome: name })}
          placeholder="0"
          max={59}
          rightSection={<Text size="xs">{t('campaigns.retries.minutesUnit')}</Text>}
          rightSectionPointerEvents="none"
          value={gap.minutes}
          onChange={(next) => onChange({ ...gap, minutes: String(next) })}
          error={message !== undefined}
          hideControls
          w={120}
        />
      </Group>
    </fieldset>
  );
}
