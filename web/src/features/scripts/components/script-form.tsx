import { Button, Grid, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useUser } from '../../auth/api/get-session.ts';
import { useSaveScript } from '../api/save-script.ts';
import { useProblemMessages } from '../hooks/use-problem-messages.ts';
import { sampleVariables } from '../utils/sample-variables.ts';
import {
  addSection,
  canMoveSection,
  moveSection,
  removeSection,
  type ScriptFormState,
  sectionsFromDrafts,
} from '../utils/script-form.ts';
import { ScriptPreview } from './script-preview.tsx';
import { SectionFields } from './section-fields.tsx';

interface ScriptFormProps {
  scriptId: number | null;
  /** The version the form started from (null: a new script). */
  version: number | null;
  clientId: number;
  clientName: string;
  initial: ScriptFormState;
  /** After a save: the script's id (a new script navigates to it). */
  onSaved: (id: number) => void;
}

/** Name, mode, purpose and sections of a script, with a live preview beside; saving makes a version. */
export function ScriptForm({ scriptId, version, clientId, clientName, initial, onSaved }: ScriptFormProps) {
  const { t } = useTranslation();
  const user = useUser();
  const notify = useNotify();
  const save = useSaveScript();
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const { messages, blocking, inline } = useProblemMessages(form.sections, tried, save.error);
  const set = <Key extends keyof ScriptFormState>(key: Key, value: ScriptFormState[Key]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const sections = sectionsFromDrafts(form.sections);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (blocking || form.name.trim() === '') return;
    const note = form.note.trim();
    const body = {
      name: form.name.trim(),
      mode: form.mode,
      purpose: form.purpose,
      sections,
      ...(note ? { note } : {}),
    };
    save.mutate(
      { id: scriptId, clientId, body },
      {
        onSuccess: (saved) => {
          // The version number says whether the text changed: unchanged text makes no new version.
          const key =
            version === null ? 'created' : saved.version > version ? 'savedVersion' : 'savedUnchanged';
          notify({ color: 'green', message: t(`scripts.editor.${key}`, { version: saved.version }) });
          set('note', '');
          onSaved(saved.id);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('scripts.editor.formLabel')}>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            <TextInput
              label={t('scripts.editor.name')}
              required
              value={form.name}
              onChange={(event) => set('name', event.currentTarget.value)}
              error={
                tried && form.name.trim() === ''
                  ? t('scripts.problems.NAME_REQUIRED')
                  : (messages.name ?? null)
              }
            />
            <Group gap="xl" align="flex-start">
              <Stack gap={4}>
                <Text size="sm" fw={500} id="script-mode-label">
                  {t('scripts.editor.mode')}
                </Text>
                <SegmentedControl
                  aria-labelledby="script-mode-label"
                  value={form.mode}
                  onChange={(value) =>
                    set('mode', value === 'personalizable' ? 'personalizable' : 'verbatim')
                  }
                  data={(['verbatim', 'personalizable'] as const).map((mode) => ({
                    value: mode,
                    label: t(`scripts.mode.${mode}`),
                  }))}
                />
                <Text size="xs" c="dimmed" maw={360}>
                  {t(`scripts.modeHelp.${form.mode}`)}
                </Text>
              </Stack>
              <Stack gap={4}>
                <Text size="sm" fw={500} id="script-purpose-label">
                  {t('scripts.editor.purpose')}
                </Text>
                <SegmentedControl
                  aria-labelledby="script-purpose-label"
                  value={form.purpose}
                  onChange={(value) => set('purpose', value === 'inbound' ? 'inbound' : 'outbound')}
                  data={(['outbound', 'inbound'] as const).map((purpose) => ({
                    value: purpose,
                    label: t(`scripts.purpose.${purpose}`),
                  }))}
                />
              </Stack>
            </Group>
            {form.sections.map((draft, index) => (
              <SectionFields
                key={draft.key}
                draft={draft}
                index={index}
                sections={form.sections}
                messages={messages}
                canMoveUp={canMoveSection(form.sections, index, -1)}
                canMoveDown={canMoveSection(form.sections, index, 1)}
                onChange={(next) =>
                  set(
                    'sections',
                    form.sections.map((other, at) => (at === index ? next : other)),
                  )
                }
                onMove={(offset) => set('sections', moveSection(form.sections, index, offset))}
                onRemove={() => set('sections', removeSection(form.sections, index))}
              />
            ))}
            <Button
              variant="light"
              w="fit-content"
              onClick={() => set('sections', addSection(form.sections, t('scripts.editor.newSection')))}
            >
              {t('scripts.editor.addSection')}
            </Button>
            {scriptId !== null && (
              <TextInput
                label={t('scripts.editor.note')}
                description={t('scripts.editor.noteHelp')}
                value={form.note}
                maxLength={500}
                onChange={(event) => set('note', event.currentTarget.value)}
              />
            )}
            {!inline && <ErrorAlert error={save.error} />}
            {tried && blocking && (
              <Text c="red" size="sm" role="alert">
                {t('scripts.editor.fixProblems')}
              </Text>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {scriptId === null ? t('scripts.editor.create') : t('scripts.editor.save')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }} style={{ position: 'sticky', top: 60 }}>
          <ScriptPreview sections={sections} vars={sampleVariables(user, clientName)} idPrefix="preview" />
        </Grid.Col>
      </Grid>
    </form>
  );
}
