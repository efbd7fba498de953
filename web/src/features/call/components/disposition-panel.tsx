import { Alert, Button, Group, Kbd, Loader, Paper, SimpleGrid, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult, OutcomeDto } from '../../../../../src/contracts/dispositions.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { DispositionStage } from '../hooks/call-draft.ts';
import { callResults, outcomeHotkey } from '../utils/call-results.ts';

interface DispositionPanelProps {
  stage: DispositionStage;
  selectedOutcomeId: number | null;
  outcomes: OutcomeDto[] | undefined;
  outcomesError: unknown;
  busy: boolean;
  onResult: (result: CallResult) => void;
  onOutcome: (outcome: OutcomeDto) => void;
  onBack: () => void;
}

const buttonStyles = { label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.2 } } as const;

/**
 * The disposition in two levels, one digit each: what happened on the line, then — a person
 * reached — the client's outcome. Esc goes back a level.
 */
export const DispositionPanel = memo(function DispositionPanel(props: DispositionPanelProps) {
  const { t } = useTranslation();
  const { stage, busy } = props;
  const contact = stage !== 'results';
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="disposition-title" id="disposition-panel">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h5" id="disposition-title">
          {contact ? t('call.disposition.outcomeTitle') : t('call.disposition.resultTitle')}
        </Title>
        {contact && (
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={props.onBack}
            rightSection={<Kbd size="xs">Esc</Kbd>}
          >
            {t('call.disposition.back')}
          </Button>
        )}
      </Group>
      {!contact ? (
        <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
          {callResults.map((definition) => (
            <Button
              key={definition.result}
              data-testid={`call-result-${definition.result}`}
              variant="light"
              color={definition.color}
              size="compact-sm"
              h="auto"
              mih={28}
              py={3}
              justify="space-between"
              styles={buttonStyles}
              disabled={busy}
              aria-keyshortcuts={definition.hotkey}
              rightSection={<Kbd size="xs">{definition.hotkey}</Kbd>}
              onClick={() => props.onResult(definition.result)}
              fullWidth
            >
              {t(`call.result.${definition.result}`)}
            </Button>
          ))}
        </SimpleGrid>
      ) : (
        <OutcomeButtons {...props} />
      )}
    </Paper>
  );
});

function OutcomeButtons({
  outcomes,
  outcomesError,
  selectedOutcomeId,
  busy,
  onOutcome,
}: DispositionPanelProps) {
  const { t } = useTranslation();
  if (outcomesError) return <ErrorAlert error={outcomesError} />;
  if (!outcomes) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (outcomes.length === 0)
    return (
      <Alert color="orange" variant="light">
        {t('call.disposition.noOutcomes')}
      </Alert>
    );
  return (
    <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
      {outcomes.map((outcome, index) => {
        const selected = outcome.id === selectedOutcomeId;
        const key = outcomeHotkey(index);
        return (
          <Button
            key={outcome.id}
            data-testid={`outcome-${outcome.key}`}
            variant={selected ? 'filled' : 'light'}
            color={
              selected
                ? 'blue'
                : outcome.flags.doNotCall
                  ? 'red'
                  : outcome.flags.appointment
                    ? 'green'
                    : 'blue'
            }
            size="compact-sm"
            h="auto"
            mih={28}
            py={3}
            justify="space-between"
            styles={buttonStyles}
            disabled={busy}
            aria-pressed={selected}
            aria-keyshortcuts={key}
            rightSection={<Kbd size="xs">{key}</Kbd>}
            onClick={() => onOutcome(outcome)}
            fullWidth
          >
            {outcome.label}
          </Button>
        );
      })}
    </SimpleGrid>
  );
}
