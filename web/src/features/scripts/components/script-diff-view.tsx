import './scripts.css';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionDiffDto } from '../../../../../src/contracts/scripts.ts';

const changeColors: Record<SectionDiffDto['change'], string> = {
  same: 'gray',
  changed: 'yellow',
  added: 'green',
  removed: 'red',
};

interface ScriptDiffViewProps {
  sections: readonly SectionDiffDto[];
  /** Hide sections without changes (a long script with one edit). */
  changedOnly?: boolean;
  headingLevel?: 3 | 4;
}

/** Section by section, word by word: added words underlined in green, removed ones struck in red. */
export function ScriptDiffView({ sections, changedOnly = false, headingLevel = 3 }: ScriptDiffViewProps) {
  const { t } = useTranslation();
  const shown = changedOnly ? sections.filter((section) => section.change !== 'same') : sections;
  return (
    <Stack gap="sm" data-testid="script-diff">
      <Group gap="md">
        <Text size="xs" c="dimmed">
          {t('scripts.diff.legend')}
        </Text>
        <Text size="xs">
          <ins className="script-diff__added">{t('scripts.diff.addedSample')}</ins>
        </Text>
        <Text size="xs">
          <del className="script-diff__removed">{t('scripts.diff.removedSample')}</del>
        </Text>
      </Group>
      {shown.length === 0 && <Text c="dimmed">{t('scripts.diff.noChanges')}</Text>}
      {shown.map((section) => (
        <Paper
          key={section.sectionId}
          withBorder
          p="xs"
          data-change={section.change}
          data-section={section.sectionId}
        >
          <Group justify="space-between" mb={4} wrap="nowrap">
            <Title order={headingLevel} size="h6">
              {section.previousTitle ? `${section.previousTitle} → ${section.title}` : section.title}
            </Title>
            <Badge variant="light" color={changeColors[section.change]} className="no-shrink">
              {t(`scripts.diff.change.${section.change}`)}
            </Badge>
          </Group>
          <p className="script-diff__text">
            {section.parts.map((part, index) =>
              part.kind === 'same' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed diff, in order
                <span key={index}>{part.text}</span>
              ) : part.kind === 'added' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed diff, in order
                <ins key={index} className="script-diff__added">
                  <span className="visually-hidden">{t('scripts.diff.addedStart')}</span>
                  {part.text}
                  <span className="visually-hidden">{t('scripts.diff.addedEnd')}</span>
                </ins>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed diff, in order
                <del key={index} className="script-diff__removed">
                  <span className="visually-hidden">{t('scripts.diff.removedStart')}</span>
                  {part.text}
                  <span className="visually-hidden">{t('scripts.diff.removedEnd')}</span>
                </del>
              ),
            )}
          </p>
        </Paper>
      ))}
    </Stack>
  );
}
