import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingTypeDetailDto, RepDto } from '../../../../../src/contracts/reps.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useSaveMeetingType } from '../api/save-meeting-type.ts';
import {
  type Assignment,
  assignments,
  type LocationKind,
  locationKinds,
  type MeetingTypeFormState,
  meetingTypeFormFrom,
  meetingTypeProblems,
  meetingTypeRequest,
  numberFields,
} from '../utils/meeting-type-form.ts';

interface MeetingTypeModalProps {
  clientId: number;
  meetingType: MeetingTypeDetailDto | null;
  reps: RepDto[];
  onClose: () => void;
}

export function MeetingTypeModal({ clientId, meetingType, reps, onClose }: MeetingTypeModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveMeetingType();
  const [form, setForm] = useState<MeetingTypeFormState>(() => meetingTypeFormFrom(meetingType));
  const [tried, setTried] = useState(false);
  const set = <Key extends keyof MeetingTypeFormState>(key: Key, value: MeetingTypeFormState[Key]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const problems = tried ? meetingTypeProblems(form) : new Set<keyof MeetingTypeFormState>();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (meetingTypeProblems(form).size > 0) return;
    save.mutate(
      { id: meetingType?.id ?? null, body: meetingTypeRequest(form, clientId) },
      {
        onSuccess: (saved) => {
          notify({ color: 'green', message: t('meetingTypes.form.saved', { name: saved.name }) });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        meetingType
          ? t('meetingTypes.form.editTitle', { name: meetingType.name })
          : t('meetingTypes.form.newTitle')
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('meetingTypes.form.name')}
            required
            value={form.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={problems.has('name') ? t('meetingTypes.form.required') : null}
          />
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
            {numberFields.map(({ key, min, max }) => (
              <NumberInput
                key={key}
                label={t(`meetingTypes.form.${key}`)}
                min={min}
                max={max}
                allowDecimal={false}
                allowNegative={false}
                value={form[key]}
                onChange={(value) => set(key, typeof value === 'number' ? value : Number.NaN)}
                error={problems.has(key) ? t('meetingTypes.form.range', { min, max }) : null}
              />
            ))}
          </SimpleGrid>
          <Checkbox.Group
            label={t('meetingTypes.form.locationKinds')}
            required
            value={form.locationKinds}
            onChange={(value) =>
              set('locationKinds', locationKinds.filter((kind) => value.includes(kind)) as LocationKind[])
            }
            error={problems.has('locationKinds') ? t('meetingTypes.form.locationRequired') : null}
          >
            <Group mt={4}>
              {locationKinds.map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`locationKind.${kind}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="assignment-label">
              {t('meetingTypes.form.assignment')}
            </Text>
            <SegmentedControl
              aria-labelledby="assignment-label"
              value={form.assignment}
              onChange={(value) => set('assignment', value as Assignment)}
              data={assignments.map((value) => ({ value, label: t(`meetingTypes.assignmentName.${value}`) }))}
            />
            <Text size="xs" c="dimmed">
              {t(`meetingTypes.form.assignmentHelp.${form.assignment}`)}
            </Text>
          </Stack>
          <MultiSelect
            label={t('meetingTypes.form.reps')}
            description={t('meetingTypes.form.repsHelp')}
            placeholder={form.repIds.length === 0 ? t('meetingTypes.allReps') : undefined}
            searchable
            data={reps.map((rep) => ({
              value: String(rep.id),
              label: rep.active ? rep.name : `${rep.name} (${t('reps.inactive')})`,
            }))}
            value={form.repIds.map(String)}
            onChange={(value) => set('repIds', value.map(Number))}
          />
          <TagsInput
            label={t('meetingTypes.form.requiredSkills')}
            description={t('meetingTypes.form.requiredSkillsHelp')}
            value={form.requiredSkills}
            onChange={(value) => set('requiredSkills', value)}
            splitChars={[',']}
          />
          <Switch
            label={t('meetingTypes.form.active')}
            checked={form.active}
            onChange={(event) => set('active', event.currentTarget.checked)}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {meetingType ? t('meetingTypes.form.save') : t('meetingTypes.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
