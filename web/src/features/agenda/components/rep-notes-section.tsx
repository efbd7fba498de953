import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useSaveRepNotes } from '../api/save-rep-notes.ts';

const maxLength = 5000;

/** The rep's own notes on the meeting (what was discussed, next steps), kept with the appointment. */
export function RepNotesSection({ appointment }: { appointment: AppointmentDto }) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const notify = useNotify();
  const save = useSaveRepNotes(appointment.id);
  const saved = appointment.repNotes?.text ?? '';
  const [text, setText] = useState(saved);
  const canWrite = user.role !== 'setter';
  const changed = text.trim() !== saved;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rep-notes-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="rep-notes-title">
          {t('agenda.repNotes.title')}
        </Title>
        {canWrite ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate(text, {
                onSuccess: () => notify({ color: 'green', message: t('agenda.repNotes.saved') }),
              });
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('agenda.repNotes.label')}
                description={t('agenda.repNotes.help')}
                autosize
                minRows={3}
                maxRows={12}
                maxLength={maxLength}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                onKeyDown={(event) => {
                  // Ctrl+Enter saves, as in the call screen's notes.
                  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
                    event.currentTarget.form?.requestSubmit();
                }}
              />
              <Group gap="sm">
                <Button type="submit" disabled={!changed} loading={save.isPending}>
                  {t('agenda.repNotes.save')}
                </Button>
                {appointment.repNotes && (
                  <Text size="sm" c="dimmed">
                    {t('agenda.repNotes.savedAt', {
                      time: format.dateTime(appointment.repNotes.updatedAt, user.timeZone),
                    })}
                  </Text>
                )}
              </Group>
              <ErrorAlert error={save.error} />
            </Stack>
          </form>
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{saved || t('agenda.none')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
