import { Button, Group, Kbd, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField, TimeField } from '../../../components/typed-date-time-field.tsx';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { type DraftStore, useDraft } from '../hooks/call-draft.ts';
import {
  callbackPresets,
  instantToLeadLocal,
  leadLocalToInstant,
  presetLocalDateTime,
} from '../utils/callback-time.ts';

interface CallbackFormProps {
  store: DraftStore;
  leadTimeZone: string;
  userTimeZone: string;
  error: string | null;
  /** When the server refused the time: the next permitted instants, offered as buttons. */
  offers?: readonly string[];
  submitting: boolean;
  onSubmit: () => void;
}

/**
 * A promised call, entered on the lead's clock (that is what the prospect said) and stored as an
 * instant; for me or for anyone on the team. The quick picks come first: Tab, Enter, Ctrl+Enter.
 */
export function CallbackForm(props: CallbackFormProps) {
  const { store, leadTimeZone, userTimeZone, submitting, onSubmit, offers = [] } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const date = useDraft(store, (draft) => draft.callbackDate);
  const time = useDraft(store, (draft) => draft.callbackTime);
  const callbackFor = useDraft(store, (draft) => draft.callbackFor);
  const instant = leadLocalToInstant({ date, time }, leadTimeZone);
  // Once the setter has taken one of the offered times, the refusal is answered.
  const pickedOffer = instant !== null && offers.includes(instant);
  const error = pickedOffer ? null : props.error;
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
          {callbackPresets.map((preset, index) => (
            <Button
              key={preset}
              size="compact-sm"
              variant="default"
              data-autofocus={index === 0 ? true : undefined}
              onClick={() => {
                const local = presetLocalDateTime(preset, new Date().toISOString(), leadTimeZone);
                store.set({ callbackDate: local.date, callbackTime: local.time });
              }}
            >
              {t(`call.callback.preset.${preset}`)}
            </Button>
          ))}
        </Group>
        <Group grow align="flex-start">
          <DateField
            label={t('call.callback.date', { zone })}
            required
            value={date}
            onChange={(value) => store.set({ callbackDate: value })}
            error={Boolean(error)}
          />
          <TimeField
            label={t('call.callback.time', { zone })}
            required
            value={time}
            onChange={(value) => store.set({ callbackTime: value })}
            error={Boolean(error)}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('call.callback.zoneNote', { zone: leadTimeZone })}
        </Text>
        {instant && (
          <Text size="sm" fw={500} data-testid="callback-preview" data-instant={instant}>
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
        {offers.length > 0 && (
          <Group gap={6} role="group" aria-label={t('callbackRefusal.offers')} data-testid="callback-offers">
            {offers.map((offer) => (
              <Button
                key={offer}
                size="compact-sm"
                variant={offer === instant ? 'filled' : 'light'}
                aria-pressed={offer === instant}
                onClick={() => store.set(instantToLeadLocal(offer, leadTimeZone))}
              >
                {t('callbackRefusal.offer', {
                  lead: format.dateTime(offer, leadTimeZone),
                  mine: format.time(offer, userTimeZone),
                })}
              </Button>
            ))}
          </Group>
        )}
        <Radio.Group
          label={t('call.callback.for')}
          value={callbackFor}
          onChange={(value) => store.set({ callbackFor: value === 'anyone' ? 'anyone' : 'me' })}
        >
          <Group gap="md" mt={4}>
            <Radio value="me" label={t('call.callback.forMe')} />
            <Radio value="anyone" label={t('call.callback.forAnyone')} />
          </Group>
        </Radio.Group>
        <Button type="submit" loading={submitting} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}>
          {t('call.callback.submit')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('call.callback.keys')}
        </Text>
      </Stack>
    </form>
  );
}
