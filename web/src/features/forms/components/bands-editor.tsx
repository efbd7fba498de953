import { ActionIcon, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type BandDraft, newBand } from '../utils/form-draft.ts';
import type { FormProblem } from '../utils/form-problems.ts';

interface BandsEditorProps {
  question: string;
  /** Money answers are amounts in the client's currency (whole units, as the setter types them). */
  money: boolean;
  bands: BandDraft[];
  onChange: (bands: BandDraft[]) => void;
  /** The question's problems: 'bands.0.atLeast', 'bands.0.points'. */
  problems: Readonly<Record<string, FormProblem>>;
}

/** How a number or amount scores: the highest "at least" reached gives its points. */
export function BandsEditor({ question, money, bands, onChange, problems }: BandsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<BandDraft>) =>
    onChange(bands.map((band, at) => (at === index ? { ...band, ...patch } : band)));
  const problemText = (problem: FormProblem | undefined) =>
    problem ? t(`formBuilder.problems.${problem}`) : null;
  const last = bands.at(-1);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('formBuilder.bands')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('formBuilder.bandsHelp')}
      </Text>
      {bands.map((band, index) => {
        const n = index + 1;
        return (
          <Group key={band.draftId} gap="xs" align="flex-start" wrap="nowrap">
            <NumberInput
              label={t('formBuilder.atLeast')}
              aria-label={t('formBuilder.atLeastOf', { n, question })}
              w={160}
              thousandSeparator={money ? ' ' : undefined}
              decimalScale={money ? 2 : undefined}
              value={band.atLeast}
              onChange={(value) => update(index, { atLeast: typeof value === 'number' ? value : Number.NaN })}
              error={problemText(problems[`bands.${index}.atLeast`])}
            />
            <NumberInput
              label={t('formBuilder.points')}
              aria-label={t('formBuilder.bandPointsOf', { n, question })}
              w={110}
              min={0}
              max={100}
              clampBehavior="none"
              allowNegative={false}
              value={band.points}
              onChange={(value) => update(index, { points: typeof value === 'number' ? value : Number.NaN })}
              error={problemText(problems[`bands.${index}.points`])}
            />
            <ActionIcon
              mt={28}
              variant="default"
              aria-label={t('formBuilder.removeBand', { n, question })}
              onClick={() => onChange(bands.filter((_, at) => at !== index))}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          onClick={() => onChange([...bands, newBand(last ? last.atLeast : 0, 100)])}
        >
          + {t('formBuilder.addBand')}
        </Button>
      </Group>
    </Stack>
  );
}
