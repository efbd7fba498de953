import { Button, Kbd, Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DispositionName } from '../../../../../src/contracts/leads.ts';
import { outcomes } from '../utils/outcomes.ts';

interface OutcomeButtonsProps {
  selected: DispositionName | null;
  busy: boolean;
  onPick: (disposition: DispositionName) => void;
}

/** Every outcome of a call, one key each; the ones that need details open them beside the card. */
export function OutcomeButtons({ selected, busy, onPick }: OutcomeButtonsProps) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="outcomes-title"
      id="outcome-panel"
      tabIndex={-1}
    >
      <Title order={2} size="h5" id="outcomes-title" mb="xs">
        {t('call.outcomes.title')}
      </Title>
      <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
        {outcomes.map((outcome) => (
          <Button
            key={outcome.disposition}
            variant={selected === outcome.disposition ? 'filled' : 'light'}
            color={selected === outcome.disposition ? 'blue' : outcome.color}
            size="compact-md"
            h="auto"
            mih={30}
            py={4}
            justify="space-between"
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.2 } }}
            disabled={busy}
            aria-pressed={selected === outcome.disposition}
            aria-keyshortcuts={outcome.hotkey.toUpperCase()}
            rightSection={<Kbd size="xs">{outcome.hotkey.toUpperCase()}</Kbd>}
            onClick={() => onPick(outcome.disposition)}
            fullWidth
          >
            {t(`disposition.${outcome.disposition}`)}
          </Button>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
