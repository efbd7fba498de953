import { ActionIcon, Button, Code, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { focusAfterMove, moveItem } from '../../../lib/move-item.ts';
import {
  maxResponses,
  type ObjectionDraft,
  type ObjectionProblem,
  withNewResponse,
} from '../utils/objection-draft.ts';

interface ResponsesEditorProps {
  draft: ObjectionDraft;
  onChange: (draft: ObjectionDraft) => void;
  /** Problems by path: 'responses', 'responses.1'. */
  problems: Readonly<Record<string, ObjectionProblem>>;
}

/** The prepared answers in the order setters see them; each keeps its id through edits and moves. */
export function ResponsesEditor({ draft, onChange, problems }: ResponsesEditorProps) {
  const { t } = useTranslation();
  const { responses } = draft;
  const setResponses = (next: ObjectionDraft['responses']) => onChange({ ...draft, responses: next });
  const add = () => {
    const next = withNewResponse(draft);
    onChange(next);
    const added = next.responses.at(-1);
    if (added) requestAnimationFrame(() => document.getElementById(`response-${added.id}`)?.focus());
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('objectionLibrary.form.responses')}
      </Text>
      <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {responses.map((response, index) => {
          const n = index + 1;
          const problem = problems[`responses.${index}`];
          return (
            <Paper component="li" key={response.id} withBorder p="xs">
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <Stack gap={4} style={{ flex: 1 }}>
                  <Textarea
                    id={`response-${response.id}`}
                    label={
                      <>
                        {t('objectionLibrary.form.response', { n })} <Code>{response.id}</Code>
                      </>
                    }
                    autosize
                    minRows={2}
                    maxRows={8}
                    maxLength={5000}
                    value={response.text}
                    onChange={(event) =>
                      setResponses(
                        responses.map((item, at) =>
                          at === index ? { ...item, text: event.currentTarget.value } : item,
                        ),
                      )
                    }
                    error={problem ? t(`objectionLibrary.problems.${problem}`) : null}
                  />
                </Stack>
                <Stack gap={4} mt={24}>
                  <ActionIcon
                    id={`${response.id}-up`}
                    variant="default"
                    aria-label={t('objectionLibrary.form.moveUp', { n })}
                    disabled={index === 0}
                    onClick={() => {
                      setResponses(moveItem(responses, index, -1));
                      focusAfterMove(response.id, 'up');
                    }}
                  >
                    <span aria-hidden="true">↑</span>
                  </ActionIcon>
                  <ActionIcon
                    id={`${response.id}-down`}
                    variant="default"
                    aria-label={t('objectionLibrary.form.moveDown', { n })}
                    disabled={index === responses.length - 1}
                    onClick={() => {
                      setResponses(moveItem(responses, index, 1));
                      focusAfterMove(response.id, 'down');
                    }}
                  >
                    <span aria-hidden="true">↓</span>
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    aria-label={t('objectionLibrary.form.remove', { n })}
                    onClick={() => setResponses(responses.filter((_, at) => at !== index))}
                  >
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                </Stack>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={add} disabled={responses.length >= maxResponses}>
          + {t('objectionLibrary.form.addResponse')}
        </Button>
        {problems.responses && (
          <Text size="xs" c="var(--mantine-color-red-light-color)" role="alert">
            {t(`objectionLibrary.problems.${problems.responses}`)}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
