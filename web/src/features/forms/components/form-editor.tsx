import { Badge, Button, Grid, Group, List, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { paths } from '../../../config/paths.ts';
import { useSaveQualificationForm } from '../api/save-form.ts';
import { type FormDraft, formDraftFrom, formRequest, lockedDraft } from '../utils/form-draft.ts';
import { type FormProblem, formProblems, formRuleProblems } from '../utils/form-problems.ts';
import type { PreviewAnswers } from '../utils/preview-answers.ts';
import { FormPreview } from './form-preview.tsx';
import { QuestionList } from './question-list.tsx';

interface FormEditorProps {
  clientId: number;
  /** null builds a new form. */
  form: QualificationFormDto | null;
}

/**
 * The builder: the form's name and threshold, its questions, and beside them a live preview
 * scored by the same rule the server applies. Saving an existing form replaces it in place.
 */
export function FormEditor({ clientId, form }: FormEditorProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const save = useSaveQualificationForm();
  const stored = useMemo(() => formDraftFrom(form), [form]);
  const [draft, setDraft] = useState<FormDraft>(stored);
  const [answers, setAnswers] = useState<PreviewAnswers>({});
  const [tried, setTried] = useState(false);
  const problems = formProblems(draft);
  const shown: Record<string, FormProblem> = tried ? problems : {};
  const ruleProblems = formRuleProblems(draft);
  const changed = JSON.stringify(formRequest(draft)) !== JSON.stringify(formRequest(stored));
  const problemText = (problem: FormProblem | undefined) =>
    problem ? t(`formBuilder.problems.${problem}`) : null;

  const onSave = () => {
    setTried(true);
    if (Object.keys(problems).length > 0 || ruleProblems.length > 0) return;
    save.mutate(
      { clientId, id: form?.id ?? null, body: formRequest(draft) },
      {
        onSuccess: (saved) => {
          notify({ color: 'green', message: t('formBuilder.saved', { name: saved.name }) });
          setTried(false);
          if (form) setDraft(lockedDraft(draft));
          else navigate(paths.callSetupForm.getHref(saved.id, clientId), { replace: true });
        },
      },
    );
  };

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <Paper withBorder p="sm">
            <Group align="flex-start" grow>
              <TextInput
                label={t('formBuilder.name')}
                required
                maxLength={200}
                value={draft.name}
                onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
                error={problemText(shown.name)}
              />
              <NumberInput
                label={t('formBuilder.threshold')}
                description={t('formBuilder.thresholdHelp')}
                min={0}
                max={100}
                clampBehavior="none"
                value={draft.threshold}
                onChange={(value) =>
                  setDraft({ ...draft, threshold: typeof value === 'number' ? value : Number.NaN })
                }
                error={problemText(shown.threshold)}
              />
            </Group>
          </Paper>
          <QuestionList
            questions={draft.questions}
            onChange={(questions) => setDraft({ ...draft, questions })}
            problems={shown}
          />
          {tried && (Object.keys(problems).length > 0 || ruleProblems.length > 0) && (
            <Paper withBorder p="sm" role="alert">
              <Text size="sm" fw={600} c="var(--mantine-color-red-light-color)">
                {t('formBuilder.fixProblems')}
              </Text>
              {ruleProblems.length > 0 && (
                <List size="sm" mt={4}>
                  {ruleProblems.map((problem) => (
                    <List.Item key={problem}>{problem}</List.Item>
                  ))}
                </List>
              )}
            </Paper>
          )}
          <ErrorAlert error={save.error} title={t('formBuilder.saveFailed')} />
          <Group justify="flex-end" gap="xs">
            {changed && (
              <Badge variant="light" color="yellow">
                {t('formBuilder.unsaved')}
              </Badge>
            )}
            <Button variant="default" disabled={!changed} onClick={() => setDraft(stored)}>
              {t('formBuilder.undo')}
            </Button>
            <Button onClick={onSave} loading={save.isPending} disabled={form !== null && !changed}>
              {form ? t('formBuilder.save') : t('formBuilder.create')}
            </Button>
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <div style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 52px) + 8px)' }}>
          <FormPreview draft={draft} answers={answers} onAnswer={setAnswers} />
        </div>
      </Grid.Col>
    </Grid>
  );
}
