import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useErrorMessage } from '../../../lib/error-message.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useCreateInboundLead } from '../api/create-inbound-lead.ts';
import { looksLikePhone, nameFromSearch } from '../utils/phone-text.ts';

interface NewLeadFormProps {
  /** What was typed into the search: a number becomes the phone, a name the name. */
  searchText: string;
  onCreated: (leadId: number) => void;
  onBack: () => void;
}

const fields = ['fullName', 'phone', 'email', 'company'] as const;
type Field = (typeof fields)[number];

function prefilled(searchText: string): Record<Field, string> {
  return {
    fullName: nameFromSearch(searchText),
    phone: looksLikePhone(searchText) ? searchText.trim() : '',
    email: searchText.includes('@') ? searchText.trim() : '',
    company: '',
  };
}

/** The caller as a new lead of a client (source inbound, hot); a lead they already are is reused. */
export function NewLeadForm({ searchText, onCreated, onBack }: NewLeadFormProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const user = useUser();
  const create = useCreateInboundLead();
  const [clientId, setClientId] = useState<string | null>(
    user.clients[0] ? String(user.clients[0].id) : null,
  );
  const [values, setValues] = useState<Record<Field, string>>(() => prefilled(searchText));
  // The first field still to fill has the keyboard.
  const [firstEmpty] = useState(() => fields.find((field) => values[field] === '') ?? 'fullName');
  const [missing, setMissing] = useState<'clientId' | 'phone' | null>(null);
  const failedField = isApiError(create.error) ? create.error.field : undefined;
  const fieldError = (field: Field) => {
    if (field === 'phone' && missing === 'phone') return t('inbound.create.phoneRequired');
    return create.error && failedField === field ? describe(create.error) : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!clientId) return setMissing('clientId');
    if (values.phone.trim() === '') return setMissing('phone');
    setMissing(null);
    const optional = Object.fromEntries(
      (['fullName', 'email', 'company'] as const)
        .filter((f) => values[f].trim())
        .map((f) => [f, values[f].trim()]),
    );
    create.mutate(
      { clientId: Number(clientId), phone: values.phone.trim(), ...optional },
      { onSuccess: (result) => result.leadId !== null && onCreated(result.leadId) },
    );
  };
  const input = (field: Field) => (
    <TextInput
      label={t(`inbound.create.${field}`)}
      value={values[field]}
      onChange={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
      error={fieldError(field)}
      required={field === 'phone'}
      autoFocus={field === firstEmpty}
      autoComplete="off"
      type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('inbound.create.intro')}</Text>
        <Select
          label={t('common.client')}
          data={user.clients.map((client) => ({ value: String(client.id), label: client.name }))}
          value={clientId}
          onChange={setClientId}
          allowDeselect={false}
          required
          error={missing === 'clientId' ? t('inbound.create.clientRequired') : undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {input('fullName')}
          {input('phone')}
          {input('email')}
          {input('company')}
        </SimpleGrid>
        {create.error && !fields.includes(failedField as Field) && <ErrorAlert error={create.error} />}
        <Group justify="space-between">
          <Button variant="subtle" onClick={onBack}>
            {t('inbound.create.back')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('inbound.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
