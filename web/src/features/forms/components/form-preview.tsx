import { Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scoreQualification } from '../../../../../src/core/qualification/score-qualification.ts';
import { statusColors } from '../../../components/status-colors.ts';
import { draftToForm, type FormDraft, questionIds } from '../utils/form-draft.ts';
import { type PreviewAnswers, previewAnswers } from '../utils/preview-answers.ts';
import { PreviewField } from './preview-field.tsx';

interface FormPreviewProps {
  draft: FormDraft;
  answers: PreviewAnswers;
  onAnswer: (answers: PreviewAnswers) => void;
}

/**
 * The form as the setter will fill it, answered by the manager to try it out: the score, each
 * criterion's share and the verdict, by the scoring rule the server applies to real calls.
 */
export function FormPreview({ draft, answers, onAnswer }: FormPreviewProps) {
  const { t } = useTranslation();
  const form = draftToForm(draft);
  const result = scoreQualification(previewAnswers(draft, answers), form);
  const ids = questionIds(draft.questions);
  const nameOf = (id: string) => {
    const question = draft.questions[ids.indexOf(id)];
    return question?.label.trim() || id;
  };
  const criteria = Object.entries(result.byCriterion);
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="form-preview-title"
      style={{ maxHeight: 'calc(100dvh - 90px)', overflowY: 'auto' }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="form-preview-title">
            {t('formBuilder.preview.title')}
          </Title>
          <Button variant="subtle" size="compact-sm" onClick={() => onAnswer({})}>
            {t('formBuilder.preview.clear')}
          </Button>
        </Group>
        <Stack gap={4} aria-live="polite" data-testid="preview-result">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" fw={600} data-testid="preview-score">
              {t('formBuilder.preview.score', { score: result.score, threshold: draft.threshold })}
            </Text>
            <Badge
              data-testid="preview-verdict"
              variant="light"
              color={result.qualified ? statusColors.callable : statusColors.blocked}
            >
              {result.qualified ? t('formBuilder.preview.qualified') : t('formBuilder.preview.notQualified')}
            </Badge>
          </Group>
          <Progress value={result.score} aria-label={t('formBuilder.preview.scoreLabel')} size="sm" />
          {result.knockedOutBy.length > 0 && (
            <Text size="xs" c="red.9">
              {t('formBuilder.preview.knockedOut', { questions: result.knockedOutBy.map(nameOf).join(', ') })}
            </Text>
          )}
          {result.missingRequired.length > 0 && (
            <Text size="xs">
              {t('formBuilder.preview.missing', { questions: result.missingRequired.map(nameOf).join(', ') })}
            </Text>
          )}
        </Stack>
        {criteria.length > 0 && (
          <Table withRowBorders={false} verticalSpacing={2} fz="sm" captionSide="top">
            <Table.Caption>{t('formBuilder.preview.byCriterion')}</Table.Caption>
            <Table.Tbody>
              {criteria.map(([criterion, score]) => (
                <Table.Tr key={criterion}>
                  <Table.Th scope="row" fw={400}>
                    {t(`formBuilder.criteria.${criterion}`)}
                  </Table.Th>
                  <Table.Td ta="right">{score}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Stack gap="sm">
          {draft.questions.map((question, index) => (
            <PreviewField
              key={question.draftId}
              question={question}
              label={question.label.trim() || t('formBuilder.unnamed', { n: index + 1 })}
              value={answers[question.draftId]}
              onChange={(value) => onAnswer({ ...answers, [question.draftId]: value })}
            />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
