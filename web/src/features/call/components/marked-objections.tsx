import { CloseButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { type DraftStore, useDraft } from '../hooks/call-draft.ts';

/** The objections marked in this call, sent with the attempt; each can be unmarked. */
export function MarkedObjections({ store, objections }: { store: DraftStore; objections: ObjectionDto[] }) {
  const { t } = useTranslation();
  const marked = useDraft(store, (draft) => draft.objections);
  if (marked.length === 0) return null;
  return (
    <Stack
      gap={2}
      component="section"
      aria-labelledby="marked-objections-title"
      data-testid="marked-objections"
    >
      <Text size="xs" fw={600} id="marked-objections-title">
        {t('call.objections.marked', { count: marked.length })}
      </Text>
      {marked.map((entry) => {
        const objection = objections.find((candidate) => candidate.id === entry.objectionId);
        const response = objection?.responses.find((candidate) => candidate.id === entry.responseId);
        const title = objection?.title ?? `#${entry.objectionId}`;
        return (
          <Group key={entry.objectionId} gap={4} wrap="nowrap" justify="space-between">
            <Text size="xs" lineClamp={1}>
              <strong>{title}</strong> — {response ? response.text : t('call.objections.noResponseUsed')}
            </Text>
            <CloseButton
              size="xs"
              aria-label={t('call.objections.unmark', { title })}
              onClick={() =>
                store.set((draft) => ({
                  objections: draft.objections.filter((other) => other.objectionId !== entry.objectionId),
                }))
              }
            />
          </Group>
        );
      })}
    </Stack>
  );
}
