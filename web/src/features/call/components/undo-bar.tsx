import { Button, Group, Kbd, Paper, Text } from '@mantine/core';
import { useMutationState } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useNotify } from '../../../components/notifications.tsx';
import { paths } from '../../../config/paths.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useUndoCall } from '../../leads/api/corrections.ts';
import { correctionError } from '../../leads/utils/correction-error.ts';
import { callSummary } from '../../leads/utils/correction-text.ts';
import { type LogAttemptResponse, logAttemptMutationKey } from '../api/log-attempt.ts';
import { isTextEntry } from '../hooks/use-call-hotkeys.ts';

/** The server allows 60 s from saving; the bar closes a little earlier so a late press is not refused. */
const undoSeconds = 58;

/** A text field with something in it: there Ctrl+Z undoes the typing, not the call. */
function isTypedInto(target: EventTarget | null): boolean {
  if (!isTextEntry(target)) return false;
  const value = (target as { value?: unknown }).value;
  return typeof value !== 'string' || value !== '';
}

interface SavedCall {
  attemptId: number;
  leadId: number;
  summary: Record<string, unknown>;
  savedAt: number;
}

/** The latest call saved from this screen, while it may still be undone. */
function useLatestSavedCall(): SavedCall | null {
  const saved = useMutationState({
    filters: { mutationKey: logAttemptMutationKey, status: 'success' },
    select: (mutation) => ({
      data: mutation.state.data as LogAttemptResponse | undefined,
      variables: mutation.state.variables as { leadId: number } | undefined,
      submittedAt: mutation.state.submittedAt,
    }),
  });
  const last = saved.at(-1);
  if (!last?.data || !last.variables) return null;
  return {
    attemptId: last.data.attempt.id,
    leadId: last.variables.leadId,
    summary: last.data.attempt as unknown as Record<string, unknown>,
    savedAt: last.submittedAt,
  };
}

/**
 * After a disposition is saved, a bar offers to undo it for a minute (a wrong key: `Esc Esc 2`
 * saved "Busy" instead of a booking): the button or Ctrl+Z (outside a text field, where Ctrl+Z
 * undoes typing). The undone lead opens again on the call screen for the right outcome.
 */
export function UndoBar() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const now = Date.parse(useNow(1000));
  const call = useLatestSavedCall();
  const undo = useUndoCall();
  const [closed, setClosed] = useState<number | null>(null);
  const secondsLeft = call ? Math.ceil(undoSeconds - (now - call.savedAt) / 1000) : 0;
  const open = call !== null && call.attemptId !== closed && secondsLeft > 0;

  const run = () => {
    if (!call || !open || undo.isPending) return;
    undo.mutate(call.attemptId, {
      onSuccess: (result) => {
        setClosed(call.attemptId);
        const message = result.doNotCallKept
          ? t('corrections.undoBar.undoneDnc')
          : result.leased
            ? t('corrections.undoBar.undone')
            : t('corrections.undoBar.undoneElsewhere');
        notify({ color: result.doNotCallKept ? 'yellow' : 'green', message });
        if (result.leased) navigate(paths.callLead.getHref(result.leadId));
      },
      onError: (error) => {
        setClosed(call.attemptId);
        notify({ color: 'red', title: t('corrections.undoBar.failed'), message: correctionError(t, error) });
      },
    });
  };

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const isUndo =
        (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyZ';
      if (!isUndo || event.defaultPrevented || isTypedInto(event.target)) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  if (!open || !call) return null;
  return (
    <Paper
      className="undo-bar"
      withBorder
      shadow="md"
      p="xs"
      role="region"
      aria-label={t('corrections.undoBar.label')}
      data-testid="undo-bar"
      // A row of the call screen, not a layer over it: it never covers a button the setter needs.
      style={{ flexShrink: 0 }}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {t('corrections.undoBar.saved', { outcome: callSummary(t, call.summary) })}
          </Text>
          <Text size="xs" c="dimmed" aria-live="off">
            {t('corrections.undoBar.secondsLeft', { seconds: secondsLeft })}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Kbd size="xs" aria-hidden="true">
            Ctrl+Z
          </Kbd>
          <Button
            size="sm"
            color="blue.8"
            onClick={run}
            loading={undo.isPending}
            aria-keyshortcuts="Control+Z"
          >
            {t('corrections.undoBar.undo')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
