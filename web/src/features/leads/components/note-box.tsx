import { Button, Group, Kbd, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/error-message.ts';
import { useAddLeadNote } from '../api/add-lead-note.ts';

/** A note on the lead: Ctrl+Enter (⌘+Enter) saves it, and it tops the timeline at once. */
export function NoteBox({ leadId }: { leadId: number }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [text, setText] = useState('');
  const add = useAddLeadNote(leadId);
  const save = () => {
    if (text.trim() === '' || add.isPending) return;
    add.mutate(text, { onSuccess: () => setText('') });
  };
  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Textarea
        label={t('leads.note.label')}
        description={t('leads.note.hint')}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={5000}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          }
        }}
        error={add.error ? describe(add.error) : undefined}
      />
      <Group justify="flex-end">
        <Button type="submit" size="compact-md" loading={add.isPending} disabled={text.trim() === ''}>
          {t('leads.note.save')}
          <Kbd ml={8} size="xs">
            Ctrl+Enter
          </Kbd>
        </Button>
      </Group>
    </Stack>
  );
}
