import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { openingVariableText } from '../utils/sample-variables.ts';
import { type BranchDraft, insertAt, newBranch, type SectionDraft } from '../utils/script-form.ts';
import { VariableButtons } from './variable-buttons.tsx';

interface SectionFieldsProps {
  draft: SectionDraft;
  index: number;
  /** Every section, for the branch targets. */
  sections: readonly SectionDraft[];
  messages: Readonly<Record<string, string>>;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onChange: (next: SectionDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** One section of a script: its title, its text with variables, and the buttons that jump elsewhere. */
export function SectionFields(props: SectionFieldsProps) {
  const { t } = useTranslation();
  const { draft, index, messages } = props;
  const body = useRef<HTMLTextAreaElement>(null);
  const at = `sections.${index}`;
  const isOpening = index === 0;
  const title = draft.title.trim() || t('scripts.editor.untitled');
  const set = (patch: Partial<SectionDraft>) => props.onChange({ ...draft, ...patch });
  const setBranch = (key: string, patch: Partial<BranchDraft>) =>
    set({
      branches: draft.branches.map((branch) => (branch.key === key ? { ...branch, ...patch } : branch)),
    });

  const insertVariable = (name: string) => {
    const element = body.current;
    const selection = element
      ? { start: element.selectionStart, end: element.selectionEnd }
      : { start: draft.body.length, end: draft.body.length };
    const { text, caret } = insertAt(draft.body, selection, `{{${name}}}`);
    set({ body: text });
    requestAnimationFrame(() => {
      if (!element) return;
      element.focus();
      // A custom field's key is selected, ready to be typed over.
      const start = name === 'custom.field' ? caret - '{{field}}'.length + 2 : caret;
      element.setSelectionRange(start, name === 'custom.field' ? caret - 2 : caret);
    });
  };

  const targets = props.sections
    .filter((section) => section.key !== draft.key)
    .map((section) => ({ value: section.id, label: section.title.trim() || section.id }));

  return (
    <Paper
      withBorder
      p="sm"
      component="fieldset"
      className="script-section-card"
      aria-label={title}
      data-section={draft.id}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <TextInput
            flex={1}
            label={
              isOpening
                ? t('scripts.editor.openingTitle')
                : t('scripts.editor.sectionTitle', { n: index + 1 })
            }
            value={draft.title}
            onChange={(event) => set({ title: event.currentTarget.value })}
            error={messages[`${at}.title`] ?? messages[`${at}.id`]}
            required
          />
          {!isOpening && (
            <Group gap={4} wrap="nowrap">
              <Button
                size="xs"
                variant="default"
                disabled={!props.canMoveUp}
                onClick={() => props.onMove(-1)}
                aria-label={t('scripts.editor.moveUp', { title })}
              >
                ↑
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={!props.canMoveDown}
                onClick={() => props.onMove(1)}
                aria-label={t('scripts.editor.moveDown', { title })}
              >
                ↓
              </Button>
              <Button
                size="xs"
                variant="default"
                color="red"
                onClick={props.onRemove}
                aria-label={t('scripts.editor.remove', { title })}
              >
                {t('scripts.editor.removeShort')}
              </Button>
            </Group>
          )}
        </Group>
        <Textarea
          ref={body}
          label={t('scripts.editor.body', { title })}
          description={isOpening ? t('scripts.editor.openingHelp', openingVariableText) : undefined}
          autosize
          minRows={3}
          maxRows={16}
          value={draft.body}
          onChange={(event) => set({ body: event.currentTarget.value })}
          error={messages[`${at}.body`]}
        />
        <VariableButtons onInsert={insertVariable} target={title} />
        <Checkbox
          size="xs"
          label={t('scriptRebase.lockSection', { title })}
          description={isOpening ? t('scriptRebase.openingLocked') : t('scriptRebase.lockHelp')}
          checked={isOpening || draft.mandatory === true}
          disabled={isOpening}
          onChange={(event) => set({ mandatory: event.currentTarget.checked })}
        />
        <Stack gap={6}>
          {draft.branches.map((branch, b) => (
            <Group key={branch.key} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                size="xs"
                flex={1}
                label={t('scripts.editor.branchLabel', { n: b + 1, title })}
                value={branch.label}
                onChange={(event) => setBranch(branch.key, { label: event.currentTarget.value })}
                error={messages[`${at}.branches.${b}.label`]}
              />
              <Select
                size="xs"
                w={220}
                label={t('scripts.editor.branchTarget', { n: b + 1, title })}
                data={targets}
                value={branch.target || null}
                onChange={(value) => setBranch(branch.key, { target: value ?? '' })}
                error={messages[`${at}.branches.${b}.target`]}
                allowDeselect={false}
              />
              <ActionIcon
                mt={24}
                variant="default"
                onClick={() => set({ branches: draft.branches.filter((other) => other.key !== branch.key) })}
                aria-label={t('scripts.editor.removeBranch', { n: b + 1, title })}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group gap="xs">
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => set({ branches: [...draft.branches, newBranch()] })}
            >
              {t('scripts.editor.addBranch')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('scripts.editor.branchHelp')}
            </Text>
          </Group>
        </Stack>
      </Stack>
    </Paper>
  );
}
