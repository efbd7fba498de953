import { Button, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { useUser } from '../../auth/api/get-session.ts';
import { RequestError } from '../../imports/components/request-error.tsx';
import { useAddDncEntry } from '../api/add-dnc-entry.ts';
import { type DncScope, DncScopeField } from './dnc-scope-field.tsx';

interface AddDncNumberFormProps {
  clientId: number | null;
  clientName: string | null;
}

/** One number by hand: a prospect asked not to be called again. */
export function AddDncNumberForm({ clientId, clientName }: AddDncNumberFormProps) {
  const { t } = useTranslation();
  const user = useUser();
  const notify = useNotify();
  const add = useAddDncEntry();
  const [scope, setScope] = useState<DncScope>('client');
  const [phone, setPhone] = useState('');
  const [source, setSource] = useState('manual');
  const [missing, setMissing] = useState(false);
  const forClient = scope === 'client' || user.role !== 'admin';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!phone.trim() || !source.trim() || (forClient && clientId === null)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const input = {
      phone: phone.trim(),
      source: source.trim(),
      ...(forClient && clientId ? { clientId } : {}),
    };
    add.mutate(input, {
      onSuccess: (result) => {
        notify({
          color: 'green',
          message: t('dnc.add.done', { phone: result.entry.phone, count: result.leadsFlagged }),
        });
        setPhone('');
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="dnc-add-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dnc-add-title">
          {t('dnc.add.title')}
        </Title>
        {user.role === 'admin' && <DncScopeField value={scope} onChange={setScope} clientName={clientName} />}
        <TextInput
          label={t('dnc.add.phone')}
          description={t('dnc.add.phoneHelp')}
          required
          type="tel"
          autoComplete="off"
          value={phone}
          onChange={(event) => setPhone(event.currentTarget.value)}
          error={missing && !phone.trim() ? t('dnc.required') : null}
        />
        <TextInput
          label={t('dnc.add.source')}
          required
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          error={missing && !source.trim() ? t('dnc.required') : null}
        />
        <RequestError error={add.error} title={t('dnc.add.failed')} />
        <Button type="submit" loading={add.isPending} w="fit-content">
          {t('dnc.add.submit')}
        </Button>
      </Stack>
    </form>
  );
}
