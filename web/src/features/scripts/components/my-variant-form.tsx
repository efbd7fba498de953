import { Button, Grid, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScriptDetailDto, ScriptVariantDto } from '../../../../../src/contracts/scripts.ts';
import { diffSections } from '../../../../../src/core/scripts/diff-sections.ts';
import {
  isMandatorySection,
  withLockedSections,
} from '../../../../../src/core/scripts/mandatory-sections.ts';
import { acceptMyWording } from '../../../../../src/core/scripts/rebase-variant.ts';
import type { ScriptSection } from '../../../../../src/core/scripts/script.ts';
import { useNotify } from '../../../components/notifications.tsx';
import { useUser } from '../../auth/api/get-session.ts';
import { useSaveMyVariant } from '../api/variants.ts';
import { useProblemMessages } from '../hooks/use-problem-messages.ts';
import { sampleVariables } from '../utils/sample-variables.ts';
import { draftsFrom, insertAt, type SectionDraft, sectionsFromDrafts } from '../utils/script-form.ts';
import { ScriptDiffView } from './script-diff-view.tsx';
import { ScriptErrorAlert } from './script-error-alert.tsx';
import { ScriptPreview } from './script-preview.tsx';
import { VariableButtons } from './variable-buttons.tsx';

interface MyVariantFormProps {
  script: ScriptDetailDto;
  /** The variant being worked on (or the approved one), else null: start from the company text. */
  variant: ScriptVariantDto | null;
  clientName: string;
}

/** The company's sections, each in the setter's own words; the diff against the company text is live. */
export function MyVariantForm({ script, variant, clientName }: MyVariantFormProps) {
  const { t } = useTranslation();
  const user = useUser();
  const notify = useNotify();
  const save = useSaveMyVariant();
  const [drafts, setDrafts] = useState(() => draftsFrom(startingText(script, variant)));
  const locked = new Set(script.sections.filter(isMandatorySection).map((section) => section.id));
  const [comment, setComment] = useState(variant?.comment ?? '');
  const [tried, setTried] = useState(false);
  const { messages, blocking, inline } = useProblemMessages(drafts, tried, save.error);
  const sections = sectionsFromDrafts(drafts);

  const send = (submit: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    setTried(true);
    if (blocking) return;
    save.mutate(
      { scriptId: script.id, sections, submit, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      {
        onSuccess: () =>
          notify({ color: 'green', message: t(submit ? 'scripts.mine.submitted' : 'scripts.mine.saved') }),
      },
    );
  };

  return (
    <form onSubmit={send(false)} noValidate aria-label={t('scripts.mine.formLabel')}>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            {drafts.map((draft, index) => (
              <SectionWords
                key={draft.key}
                draft={draft}
                locked={locked.has(draft.id)}
                error={messages[`sections.${index}.body`] ?? messages[`sections.${index}.title`]}
                onChange={(body) =>
                  setDrafts(drafts.map((other) => (other.key === draft.key ? { ...other, body } : other)))
                }
              />
            ))}
            <Textarea
              label={t('scripts.mine.comment')}
              description={t('scripts.mine.commentHelp')}
              autosize
              minRows={2}
              maxLength={1000}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
            />
            {!inline && <ScriptErrorAlert error={save.error} />}
            <Group justify="flex-end">
              <Button
                type="submit"
                variant="default"
                loading={save.isPending && save.variables?.submit === false}
              >
                {t('scripts.mine.saveDraft')}
              </Button>
              <Button
                onClick={() => send(true)()}
                loading={save.isPending && save.variables?.submit === true}
              >
                {t('scripts.mine.submit')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="sm" component="section" aria-labelledby="my-changes-title">
              <Title order={2} size="h4" id="my-changes-title" mb="xs">
                {t('scripts.mine.changes', { n: script.version })}
              </Title>
              <ScriptDiffView sections={diffSections(script.sections, sections)} changedOnly />
            </Paper>
            <ScriptPreview
              sections={sections}
              vars={sampleVariables(user, clientName)}
              idPrefix="my-preview"
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}

/**
 * What the editor starts from: the company text, or the setter's variant with the company wording
 * in locked sections and, after a rebase conflict, the setter's own wording back in its sections.
 */
function startingText(script: ScriptDetailDto, variant: ScriptVariantDto | null): ScriptSection[] {
  if (!variant) return script.sections;
  const mine =
    variant.status === 'needs_rebase'
      ? acceptMyWording(variant.sections, variant.conflicts)
      : variant.sections;
  return withLockedSections(script.sections, mine);
}

function SectionWords({
  draft,
  locked,
  error,
  onChange,
}: {
  draft: SectionDraft;
  locked: boolean;
  error: string | undefined;
  onChange: (body: string) => void;
}) {
  const { t } = useTranslation();
  const body = useRef<HTMLTextAreaElement>(null);
  const insert = (name: string) => {
    const element = body.current;
    const selection = element
      ? { start: element.selectionStart, end: element.selectionEnd }
      : { start: draft.body.length, end: draft.body.length };
    const { text, caret } = insertAt(draft.body, selection, `{{${name}}}`);
    onChange(text);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  };
  const label = t('scripts.mine.yourWords', { title: draft.title });
  return (
    <Paper withBorder p="sm">
      <Stack gap={6}>
        <Textarea
          ref={body}
          label={label}
          autosize
          minRows={3}
          maxRows={14}
          value={draft.body}
          readOnly={locked}
          description={locked ? t('scriptRebase.lockedForSetter') : undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          data-locked={locked || undefined}
        />
        {!locked && <VariableButtons onInsert={insert} target={draft.title} />}
      </Stack>
    </Paper>
  );
}
