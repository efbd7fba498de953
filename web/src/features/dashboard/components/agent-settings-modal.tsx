import { ActionIcon, Button, Group, Modal, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { keyFromLabel } from '../../../lib/key-from-label.ts';
import { type PauseReasonDto, usePauseReasons } from '../../call/api/agent-state.ts';
import { type AgentSettings, useAgentSettings, useSaveAgentSettings } from '../api/agent-floor.ts';

const standardKeys = new Set(['break', 'lunch', 'training', 'coaching', 'meeting', 'technical_problem']);

interface AgentSettingsModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Managers: the wrap-up limit, the idle timeout and the organization's pause reasons. */
export function AgentSettingsModal({ opened, onClose }: AgentSettingsModalProps) {
  const { t } = useTranslation();
  const settings = useAgentSettings(opened);
  const reasons = usePauseReasons();
  return (
    <Modal opened={opened} onClose={onClose} title={t('agent.settings.title')} size="lg">
      {settings.data && reasons.data ? (
        <SettingsForm initial={settings.data} initialReasons={reasons.data.reasons} onDone={onClose} />
      ) : (
        <Text c="dimmed">{t('common.loading')}</Text>
      )}
      <ErrorAlert error={settings.error ?? reasons.error} />
    </Modal>
  );
}

function SettingsForm(props: {
  initial: AgentSettings;
  initialReasons: PauseReasonDto[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveAgentSettings();
  const [values, setValues] = useState(props.initial);
  const [reasons, setReasons] = useState(props.initialReasons);
  const update = (index: number, patch: Partial<PauseReasonDto>) =>
    setReasons((list) => list.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const submit = () =>
    save.mutate(
      { settings: values, reasons },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('agent.settings.saved') });
          props.onDone();
        },
      },
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Group grow align="flex-start">
          <NumberInput
            label={t('agent.settings.wrapUp')}
            description={t('agent.settings.wrapUpHint')}
            min={0}
            max={900}
            value={values.wrapUpSeconds}
            onChange={(v) => setValues({ ...values, wrapUpSeconds: Number(v) || 0 })}
            data-autofocus
          />
          <NumberInput
            label={t('agent.settings.idle')}
            description={t('agent.settings.idleHint')}
            min={60}
            max={3600}
            value={values.idleTimeoutSeconds}
            onChange={(v) => setValues({ ...values, idleTimeoutSeconds: Number(v) || 60 })}
          />
        </Group>
        <Text fw={600} size="sm">
          {t('agent.settings.reasons')}
        </Text>
        {reasons.map((reason, index) => {
          const standard = standardKeys.has(reason.key);
          const name = reason.label ?? t(`agent.reason.${reason.key}`, { defaultValue: reason.key });
          return (
            <Group key={reason.key} gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                style={{ flex: 1 }}
                label={index === 0 ? t('agent.settings.label') : undefined}
                aria-label={t('agent.settings.label')}
                placeholder={standard ? t(`agent.reason.${reason.key}`) : undefined}
                description={index === 0 ? t('agent.settings.labelHint') : undefined}
                value={reason.label ?? ''}
                required={!standard}
                onChange={(event) => update(index, { label: event.currentTarget.value || null })}
              />
              <Switch
                label={t('agent.settings.active')}
                checked={reason.active}
                onChange={(event) => update(index, { active: event.currentTarget.checked })}
                mb={8}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mb={6}
                aria-label={t('agent.settings.remove', { name })}
                onClick={() => setReasons((list) => list.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <NewReason
          taken={reasons.map((r) => r.key)}
          onAdd={(reason) => setReasons((list) => [...list, reason])}
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('agent.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A reason of the organization's own: its key comes from its name. */
function NewReason({ taken, onAdd }: { taken: string[]; onAdd: (reason: PauseReasonDto) => void }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const add = () => {
    const name = label.trim();
    if (!name) return;
    const key = keyFromLabel(name, taken, { fallback: 'reason' });
    onAdd({ key: /^[a-z]/.test(key) ? key : `r_${key}`.slice(0, 40), label: name, active: true });
    setLabel('');
  };
  return (
    <Group gap="xs" align="flex-end">
      <TextInput
        style={{ flex: 1 }}
        aria-label={t('agent.settings.add')}
        placeholder={t('agent.settings.add')}
        value={label}
        onChange={(event) => setLabel(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
      <Button variant="default" onClick={add} disabled={!label.trim()}>
        {t('agent.settings.add')}
      </Button>
    </Group>
  );
}
