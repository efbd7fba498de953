import { Button, Group, NumberInput, SimpleGrid, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { TimeZoneSelect } from '../../../components/time-zone-select.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useSaveRep } from '../api/save-rep.ts';
import { weeklyHoursProblems } from '../utils/intervals.ts';
import {
  type RepFormState,
  repFormFromDto,
  repRequestFromForm,
  territoryProblems,
} from '../utils/rep-form.ts';
import { TerritoryFields } from './territory-fields.tsx';
import { WeeklyHoursEditor } from './weekly-hours-editor.tsx';

interface RepFormProps {
  clientId: number;
  rep: RepDto | null;
  onCreated: (rep: RepDto) => void;
}

/** The rep's fields, weekly hours, territory and skills, saved together. */
export function RepForm({ clientId, rep, onCreated }: RepFormProps) {
  const { t } = useTranslation();
  const user = useUser();
  const notify = useNotify();
  const save = useSaveRep();
  const [form, setForm] = useState<RepFormState>(() => repFormFromDto(rep, user.timeZone));
  const [tried, setTried] = useState(false);
  const set = <Key extends keyof RepFormState>(key: Key, value: RepFormState[Key]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const hourProblems = weeklyHoursProblems(form.weeklyHours);
  const territory = territoryProblems(form);
  const emailValid = /^\S+@\S+\.\S+$/.test(form.email.trim());
  const fieldError = (field: string) =>
    isApiError(save.error) && save.error.field?.startsWith(field) ? save.error.message : null;
  const required = t('reps.form.required');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const invalid =
      !form.name.trim() ||
      !emailValid ||
      hourProblems.size > 0 ||
      territory.states.length > 0 ||
      territory.areaCodes.length > 0;
    if (invalid) return;
    save.mutate(
      { id: rep?.id ?? null, body: repRequestFromForm(form, clientId, rep?.userId ?? null) },
      {
        onSuccess: (saved) => {
          notify({ color: 'green', message: t('reps.form.saved', { name: saved.name }) });
          if (!rep) onCreated(saved);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('reps.form.label')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('reps.form.name')}
            required
            value={form.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={(tried && !form.name.trim() ? required : null) ?? fieldError('name')}
          />
          <TextInput
            label={t('reps.form.email')}
            description={t('reps.form.emailHelp')}
            required
            type="email"
            value={form.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={(tried && !emailValid ? t('reps.form.emailInvalid') : null) ?? fieldError('email')}
          />
          <TimeZoneSelect
            label={t('reps.form.timeZone')}
            description={t('reps.form.timeZoneHelp')}
            required
            value={form.timeZone}
            onChange={(zone) => set('timeZone', zone)}
            error={fieldError('timeZone')}
          />
          <NumberInput
            label={t('reps.form.dailyMax')}
            description={t('reps.form.dailyMaxHelp')}
            min={1}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            value={form.dailyMax}
            onChange={(value) => set('dailyMax', typeof value === 'number' ? value : '')}
            error={fieldError('dailyMax')}
          />
        </SimpleGrid>
        <Switch
          label={t('reps.form.active')}
          description={t('reps.form.activeHelp')}
          checked={form.active}
          onChange={(event) => set('active', event.currentTarget.checked)}
        />
        <WeeklyHoursEditor
          value={form.weeklyHours}
          onChange={(next) => set('weeklyHours', next)}
          timeZone={form.timeZone}
          problems={tried ? hourProblems : new Map()}
        />
        <TerritoryFields form={form} set={set} problems={tried ? territory : null} />
        <TagsInput
          label={t('reps.form.skills')}
          description={t('reps.form.skillsHelp')}
          value={form.skills}
          onChange={(value) => set('skills', value)}
          splitChars={[',']}
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {rep ? t('reps.form.save') : t('reps.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
