import { Button, Group, Kbd, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import type { CallDraft } from '../hooks/use-call-draft.ts';
import { callbackPresets, leadLocalToInstant, presetLocalDateTime } from '../utils/callback-time.ts';

interface CallbackFormProps {
  draft: CallDraft;
  onChange: (patch: Partial<CallDraft>) => void;
  leadTimeZone: string;
  userTimeZone: string;
  error: string | null;
  submitting: boolean;
  onSubmit: () => void;
}

/** A promised call, entered on the lead's clock (that is what the prospect said) and stored as an instant. */
export function CallbackForm(props: CallbackFormProps) {
  const { draft, onChange, leadTimeZone, userTimeZone, error, submitting, onSubmit } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(30_000);
  const instant = leadLocalToInstant({ date: draft.callbackDate, time: draft.callbackTime }, leadTimeZone);
  const zone = zoneLabel(leadTimeZone);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <Stack gap="sm">
        <Group gap={6} role="group" aria-label={t('call.callback.presets')}>
          {callbackPresets.map((preset) => (
            <Button
              key={preset}
              size="compact-sm"
              variant="default"
              onClick={() => {
                const local = presetLocalDateTime(preset, now, leadTimeZone);
                onChange({ callbackDate: local.date, callbackTime: local.time });
              }}
            >
              {t(`call.callback.preset.${preset}`)}
            </Button>
          ))}
        </Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('call.callback.date', { zone })}
            required
            value={draft.callbackDate}
            onChange={(event) => onChange({ callbackDate: event.currentTarget.value })}
            error={Boolean(error)}
            data-autofocus
          />
          <TextInput
            type="time"
            label={t('call.callback.time', { zone })}
            required
            value={draft.callbackTime}
            onChange={(event) => onChange({ callbackTime: event.currentTarget.value })}
            error={Boolean(error)}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('call.callback.zoneNote', { zone: leadTimeZone })}
        </Text>
        {instant && (
          <Text size="sm" fw={500}>
            {t('call.callback.preview', {
              lead: format.dateTime(instant, leadTimeZone),
              mine: format.dateTime(instant, userTimeZone),
            })}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
        <Radio.Group
          label={t('call.callback.for')}
          value={draft.callbackFor}
          onChange={(value) => onChange({ callbackFor: value === 'anyone' ? 'anyone' : 'me' })}
        >
          <Group gap="md" mt={4}>
            <Radio value="me" label={t('call.callback.forMe')} />
            <Radio value="anyone" label={t('call.callback.forAnyone')} />
          </Group>
        </Radio.Group>
        <Button type="submit" loading={submitting} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}>
          {t('call.callback.submit')}
        </Button>
      </Stack>
    </form>
  );
}
