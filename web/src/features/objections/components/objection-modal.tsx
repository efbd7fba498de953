import { Button, Group, Modal, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeKind, ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useSaveObjection } from '../api/save-objection.ts';
import {
  maxKeywords,
  type ObjectionDraft,
  objectionDraftFrom,
  objectionProblems,
  objectionRequest,
} from '../utils/objection-draft.ts';
import { KindControl } from './knowledge-kind.tsx';
import { ResponsesEditor } from './responses-editor.tsx';

interface ObjectionModalProps {
  clientId: number;
  /** null writes a new objection. */
  objection: ObjectionDto | null;
  /** The kind a new entry starts as (the library's filter). */
  newKind?: KnowledgeKind;
  onClose: () => void;
}

/** One objection: its title, the words a setter may type to find it, and the prepared responses. */
export function ObjectionModal({ clientId, objection, newKind, onClose }: ObjectionModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveObjection();
  const [draft, setDraft] = useState<ObjectionDraft>(() => objectionDraftFrom(objection, newKind));
  const [tried, setTried] = useState(false);
  const problems = tried ? objectionProblems(draft) : {};

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(objectionProblems(draft)).length > 0) return;
    save.mutate(
      {
        clientId,
        id: objection?.id ?? null,
        body: { ...objectionRequest(draft), ...(objection ? { position: objection.position } : {}) },
      },
      {
        onSuccess: () => {
          notify({
            color: 'green',
            message: t('objectionLibrary.form.saved', { title: draft.title.trim() }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={
        objection
          ? t('objectionLibrary.form.editTitle', { title: objection.title })
          : t('objectionLibrary.form.newTitle')
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <KindControl
            label={t('knowledge.kindLabel')}
            value={draft.kind}
            onChange={(kind) => setDraft({ ...draft, kind })}
          />
          <TextInput
            label={t('objectionLibrary.form.title')}
            description={t('objectionLibrary.form.titleHelp')}
            required
            data-autofocus
            maxLength={200}
            value={draft.title}
            onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
            error={problems.title ? t(`objectionLibrary.problems.${problems.title}`) : null}
          />
          <TagsInput
            label={t('objectionLibrary.form.keywords')}
            description={t('objectionLibrary.form.keywordsHelp')}
            value={draft.keywords}
            maxTags={maxKeywords}
            splitChars={[',']}
            onChange={(keywords) => setDraft({ ...draft, keywords })}
            error={problems.keywords ? t(`objectionLibrary.problems.${problems.keywords}`) : null}
          />
          <ResponsesEditor draft={draft} onChange={setDraft} problems={problems} />
          <Switch
            label={t('objectionLibrary.form.active')}
            checked={draft.active}
            onChange={(event) => setDraft({ ...draft, active: event.currentTarget.checked })}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {objection ? t('objectionLibrary.form.save') : t('objectionLibrary.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
