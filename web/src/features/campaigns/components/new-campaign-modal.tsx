import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { TimeField } from '../../../components/typed-date-time-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useRememberedClient } from '../../preferences/api/preferences.ts';
import { useCreateCampaign } from '../api/create-campaign.ts';
import { useClientResources, useLeadLists } from '../api/get-client-resources.ts';
import { useOrderingMessages } from '../hooks/use-ordering-messages.ts';
import { fromOrderingDraft } from '../utils/ordering-draft.ts';
import { pickDefault, toOptions } from './campaign-options.ts';
import { NewCampaignOrdering, newCampaignOrdering } from './new-campaign-ordering.tsx';

/** undefined = untouched (a single option is preselected), null = deliberately none. */
type Choice = string | null | undefined;

/** What the form starts with when opened from an import report: its client and its list. */
export interface NewCampaignPrefill {
  clientId: number | null;
  listIds: number[];
}

interface NewCampaignModalProps {
  opened: boolean;
  onClose: () => void;
  prefill?: NewCampaignPrefill | null;
}

export function NewCampaignModal({ opened, onClose, prefill = null }: NewCampaignModalProps) {
  const { t } = useTranslation();
  const user = useUser();
  const notify = useNotify();
  const create = useCreateCampaign();
  const [remembered, remember] = useRememberedClient();
  const prefilledClient = user.clients.find((client) => client.id === prefill?.clientId)?.id ?? null;
  const [clientId, setClientId] = useState<string | null>(() => {
    const initial = prefilledClient ?? remembered;
    return initial === null ? null : String(initial);
  });
  // Untouched (null), the name follows the prefilled list's, which the manager may change.
  const [typedName, setName] = useState<string | null>(null);
  const [listIds, setListIds] = useState<string[]>(
    prefilledClient === null ? [] : (prefill?.listIds ?? []).map(String),
  );
  const [scriptId, setScriptId] = useState<Choice>(undefined);
  const [formId, setFormId] = useState<Choice>(undefined);
  const [meetingTypeId, setMeetingTypeId] = useState<Choice>(undefined);
  const [windowStart, setWindowStart] = useState('08:00');
  const [windowEnd, setWindowEnd] = useState('21:00');
  const [tried, setTried] = useState(false);
  const [ordering, setOrdering] = useState(newCampaignOrdering);
  const orderingMessages = useOrderingMessages(ordering, tried, create.error);
  const lists = useLeadLists(clientId ? Number(clientId) : null);
  const resources = useClientResources(clientId ? Number(clientId) : null);
  const scripts = toOptions(resources.data?.scripts ?? []);
  const forms = toOptions(resources.data?.forms ?? []);
  const meetingTypes = toOptions(resources.data?.meetingTypes ?? []);
  const script = pickDefault(scriptId, scripts);
  const form = pickDefault(formId, forms);
  const meetingType = pickDefault(meetingTypeId, meetingTypes);
  const prefilledList = (lists.data ?? []).find((list) => String(list.id) === listIds[0]);
  const name = typedName ?? (prefill?.listIds.length ? (prefilledList?.name ?? '') : '');
  const fieldError = (field: string) =>
    isApiError(create.error) && create.error.field?.startsWith(field) ? create.error.message : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!clientId || !name.trim() || listIds.length === 0 || orderingMessages.hasProblems) return;
    create.mutate(
      {
        clientId: Number(clientId),
        name: name.trim(),
        listIds: listIds.map(Number),
        scriptId: script ? Number(script) : null,
        qualificationFormId: form ? Number(form) : null,
        meetingTypeId: meetingType ? Number(meetingType) : null,
        callingWindow: {
          startLocal: windowStart,
          endLocal: windowEnd,
          days: [1, 2, 3, 4, 5, 6, 7],
          blackoutDates: [],
        },
        ...fromOrderingDraft(ordering),
      },
      {
        onSuccess: (campaign) => {
          notify({ color: 'green', message: t('campaigns.createdMessage', { name: campaign.name }) });
          setName(null);
          setListIds([]);
          setOrdering(newCampaignOrdering());
          setTried(false);
          onClose();
        },
      },
    );
  };

  const changeClient = (value: string | null) => {
    setClientId(value);
    if (value) remember(Number(value));
    setListIds([]);
    setScriptId(undefined);
    setFormId(undefined);
    setMeetingTypeId(undefined);
  };
  const required = t('campaigns.form.required');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('campaigns.form.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('campaigns.form.client')}
            required
            allowDeselect={false}
            data={user.clients.map((client) => ({ value: String(client.id), label: client.name }))}
            value={clientId}
            onChange={changeClient}
            error={tried && !clientId ? required : null}
          />
          <TextInput
            label={t('campaigns.form.name')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={(tried && !name.trim() ? required : null) ?? fieldError('name')}
          />
          <MultiSelect
            label={t('campaigns.form.lists')}
            required
            searchable
            disabled={!clientId}
            data={(lists.data ?? []).map((list) => ({ value: String(list.id), label: list.name }))}
            value={listIds}
            onChange={setListIds}
            error={
              (tried && listIds.length === 0 ? t('campaigns.form.listsRequired') : null) ??
              fieldError('listIds')
            }
          />
          <Select
            label={t('campaigns.form.script')}
            clearable
            data={scripts}
            value={script}
            onChange={setScriptId}
            disabled={!clientId}
          />
          <Select
            label={t('campaigns.form.form')}
            clearable
            data={forms}
            value={form}
            onChange={setFormId}
            disabled={!clientId}
          />
          <Select
            label={t('campaigns.form.meetingType')}
            clearable
            data={meetingTypes}
            value={meetingType}
            onChange={setMeetingTypeId}
            disabled={!clientId}
          />
          <Group grow>
            <TimeField
              label={t('campaigns.form.windowStart')}
              description={t('campaigns.form.windowHelp')}
              value={windowStart}
              onChange={(value) => setWindowStart(value)}
              error={fieldError('callingWindow')}
            />
            <TimeField
              label={t('campaigns.form.windowEnd')}
              description={t('campaigns.form.windowHelp')}
              value={windowEnd}
              onChange={(value) => setWindowEnd(value)}
              endOfDay
            />
          </Group>
          <NewCampaignOrdering value={ordering} onChange={setOrdering} messages={orderingMessages.messages} />
          {!orderingMessages.errorShownInline && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('campaigns.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
