import { Alert, Button, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useCorrections, useLiftDnc } from '../api/corrections.ts';
import { correctionError } from '../utils/correction-error.ts';
import { correctionTitle } from '../utils/correction-text.ts';

interface LeadCorrectionsProps {
  leadId: number;
  leadStatus: string;
  /** Managers and admins lift a do-not-call; nobody else sees the action. */
  canLiftDnc: boolean;
  timeZone: string;
}

/** The lead's corrections (who, when, why, before → after) and, for a manager, lifting a do-not-call. */
export function LeadCorrections({ leadId, leadStatus, canLiftDnc, timeZone }: LeadCorrectionsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const corrections = useCorrections(leadId);
  const [lifting, setLifting] = useState(false);
  const items = corrections.data ?? [];
  if (items.length === 0 && !(canLiftDnc && leadStatus === 'dnc')) return null;
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="lead-corrections-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="lead-corrections-title">
          {t('corrections.history.title')}
        </Title>
        {canLiftDnc && leadStatus === 'dnc' && (
          <Button color="red.9" variant="light" onClick={() => setLifting(true)} w="fit-content">
            {t('corrections.dnc.action')}
          </Button>
        )}
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('corrections.history.empty')}
          </Text>
        ) : (
          <Stack
            component="ol"
            gap="xs"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="lead-corrections"
          >
            {items.map((c) => (
              <li key={c.id}>
                <Text size="sm" fw={600}>
                  {correctionTitle(t, c)}
                </Text>
                {c.reason && (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {t('corrections.why', { reason: c.reason })}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t('corrections.history.by', {
                    who: c.actorName,
                    time: format.dateTime(c.createdAt, timeZone),
                  })}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      {lifting && <LiftDncDialog leadId={leadId} onClose={() => setLifting(false)} />}
    </Paper>
  );
}

function LiftDncDialog({ leadId, onClose }: { leadId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const lift = useLiftDnc(leadId);
  const [why, setWhy] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!why.trim()) return setMissing(true);
    lift.mutate(
      { reason: why.trim() },
      {
        onSuccess: (result) => {
          notify({
            color: 'green',
            message: t('corrections.dnc.lifted', { status: t(`leadStatus.${result.leadStatus}`) }),
          });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('corrections.dnc.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('corrections.dnc.explain')}</Text>
        <Textarea
          label={t('corrections.edit.why')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={why}
          onChange={(event) => setWhy(event.currentTarget.value)}
          error={missing && !why.trim() ? t('corrections.errors.CORRECTION_REASON_REQUIRED') : null}
          data-autofocus
        />
        {lift.error && (
          <Alert color="red" variant="light" role="alert">
            {correctionError(t, lift.error)}
          </Alert>
        )}
        <Button color="red.9" onClick={submit} loading={lift.isPending}>
          {t('corrections.dnc.confirm')}
        </Button>
      </Stack>
    </Modal>
  );
}
