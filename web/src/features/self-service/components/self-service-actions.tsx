import { Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfServiceView } from '../../../../../src/contracts/appointments.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { goodActionColor } from '../../../components/status-colors.ts';
import { useChangeSelfService } from '../api/change-self-service.ts';
import { ReschedulePanel } from './reschedule-panel.tsx';

type Mode = 'reschedule' | 'cancel' | null;

/** Confirm in one press; reschedule and cancel open their own step, so nothing happens by accident. */
export function SelfServiceActions({
  token,
  view,
  zone,
}: {
  token: string;
  view: SelfServiceView;
  zone: string;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const change = useChangeSelfService(token);
  const [mode, setMode] = useState<Mode>(null);
  const [reason, setReason] = useState('');
  const toggle = (next: Mode) => setMode((current) => (current === next ? null : next));
  return (
    <Stack gap="md">
      <Group>
        {view.status === 'scheduled' && (
          <Button
            color={goodActionColor}
            loading={change.isPending && change.variables?.action === 'confirm'}
            onClick={() =>
              change.mutate(
                { action: 'confirm' },
                { onSuccess: () => notify({ color: 'green', message: t('selfService.confirmedToast') }) },
              )
            }
          >
            {t('selfService.confirm')}
          </Button>
        )}
        <Button
          variant={mode === 'reschedule' ? 'filled' : 'default'}
          aria-expanded={mode === 'reschedule'}
          onClick={() => toggle('reschedule')}
        >
          {t('selfService.reschedule')}
        </Button>
        <Button
          variant={mode === 'cancel' ? 'filled' : 'default'}
          color={mode === 'cancel' ? 'red.9' : undefined}
          aria-expanded={mode === 'cancel'}
          onClick={() => toggle('cancel')}
        >
          {t('selfService.cancel')}
        </Button>
      </Group>
      {mode !== 'reschedule' && <ErrorAlert error={change.error} />}
      {mode === 'reschedule' && (
        <ReschedulePanel token={token} view={view} zone={zone} onMoved={() => setMode(null)} />
      )}
      {mode === 'cancel' && (
        <Paper withBorder p="md" component="section" aria-labelledby="cancel-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="cancel-title">
              {t('selfService.cancelTitle')}
            </Title>
            <Textarea
              label={t('selfService.cancelReason')}
              description={t('selfService.optional')}
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group>
              <Button
                color="red.9"
                loading={change.isPending && change.variables?.action === 'cancel'}
                onClick={() =>
                  change.mutate(
                    { action: 'cancel', ...(reason.trim() ? { reason: reason.trim() } : {}) },
                    { onSuccess: () => notify({ color: 'blue', message: t('selfService.cancelledToast') }) },
                  )
                }
              >
                {t('selfService.cancelConfirm')}
              </Button>
              <Button variant="default" onClick={() => setMode(null)}>
                {t('selfService.keep')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
