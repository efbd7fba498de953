import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScriptSection, ScriptVariables } from '../../../../../src/core/scripts/script.ts';
import { ScriptText } from '../../../components/script-text.tsx';

interface ScriptPreviewProps {
  sections: readonly ScriptSection[];
  vars: ScriptVariables;
  /** Prefix of the section anchors, unique per preview on a page. */
  idPrefix: string;
}

/** The script as a setter will read it, with a sample lead; branch buttons jump to their section. */
export function ScriptPreview({ sections, vars, idPrefix }: ScriptPreviewProps) {
  const { t } = useTranslation();
  const jump = (target: string) => document.getElementById(`${idPrefix}-${target}`)?.focus();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`${idPrefix}-title`}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={`${idPrefix}-title`}>
          {t('scripts.preview.title')}
        </Title>
        <Badge variant="light" color="gray">
          {t('scripts.preview.sample')}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('scripts.preview.help')}
      </Text>
      <Stack gap="sm">
        {sections.map((section) => (
          <article key={section.id} id={`${idPrefix}-${section.id}`} tabIndex={-1} aria-label={section.title}>
            <Title order={3} size="h6" mb={2}>
              {section.title || t('scripts.editor.untitled')}
            </Title>
            <ScriptText body={section.body} vars={vars} size="sm" />
            {(section.branches ?? []).length > 0 && (
              <Group gap={6} mt={4}>
                {(section.branches ?? []).map((branch) => (
                  <button
                    type="button"
                    key={`${branch.target}-${branch.label}`}
                    className="script-branch-link"
                    onClick={() => jump(branch.target)}
                  >
                    → {branch.label}
                  </button>
                ))}
              </Group>
            )}
          </article>
        ))}
      </Stack>
    </Paper>
  );
}
