import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import { scoreQualification } from '../../../../../src/core/qualification/score-qualification.ts';
import { statusColors } from '../../../components/status-colors.ts';
import type { AnswerValue } from '../hooks/call-draft.ts';

/** The score and verdict as the setter answers, by the same rule the server applies. */
export function LiveScore({
  form,
  answers,
}: {
  form: QualificationFormDto;
  answers: Record<string, AnswerValue>;
}) {
  const { t } = useTranslation();
  const result = scoreQualification(answers, form);
  const labelOf = (id: string) => form.questions.find((question) => question.id === id)?.label ?? id;
  return (
    <Stack gap={4} aria-live="polite" data-testid="live-score">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('qualification.scoreOf', { score: result.score, threshold: form.threshold })}
        </Text>
        <Badge variant="light" color={result.qualified ? statusColors.callable : statusColors.blocked}>
          {result.qualified ? t('qualification.qualified') : t('qualification.notQualified')}
        </Badge>
      </Group>
      <Progress
        value={result.score}
        color={result.qualified ? 'green' : result.score >= form.threshold ? 'yellow' : 'gray'}
        aria-label={t('qualification.scoreLabel')}
        size="sm"
      />
      {result.knockedOutBy.length > 0 && (
        <Text size="xs" c="red.9">
          {t('qualification.knockedOut', { questions: result.knockedOutBy.map(labelOf).join(', ') })}
        </Text>
      )}
      {result.missingRequired.length > 0 && (
        <Text size="xs">
          {t('qualification.missing', { questions: result.missingRequired.map(labelOf).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
