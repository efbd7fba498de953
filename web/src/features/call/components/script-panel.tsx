import { Badge, Button, Group, Kbd, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../../src/contracts/auth.ts';
import type { ScriptDto } from '../../../../../src/contracts/campaigns.ts';
import type { LeadDto } from '../../../../../src/contracts/leads.ts';
import { renderScriptText } from '../../../../../src/core/scripts/render-script.ts';
import type { ScriptVariables } from '../../../../../src/core/scripts/script.ts';
import { scriptVariablesFor } from '../utils/script-variables.ts';

interface ScriptPanelProps {
  script: ScriptDto | null;
  lead: LeadDto;
  user: Me;
  client: { name: string };
}

/** A variable with a value reads as text; one without shows its name, styled, never "undefined". */
function ScriptBody({ body, vars }: { body: string; vars: ScriptVariables }) {
  const { t } = useTranslation();
  return (
    <Text style={{ whiteSpace: 'pre-wrap' }} lh={1.55}>
      {renderScriptText(body, vars).map((segment, index) =>
        segment.kind === 'text' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text, in order
          <span key={index}>{segment.text}</span>
        ) : segment.value !== null ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text, in order
          <strong key={index}>{segment.value}</strong>
        ) : (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text, in order
            key={index}
            className="script-placeholder"
            title={t('call.script.missingValue', { name: segment.name })}
          >
            [{segment.name}]
          </span>
        ),
      )}
    </Text>
  );
}

/** The campaign's script with this lead's details filled in; `/` searches it (objections). */
export function ScriptPanel({ script, lead, user, client }: ScriptPanelProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const vars = scriptVariablesFor(lead, user, client);
  const needle = search.trim().toLowerCase();
  const sections = (script?.sections ?? []).filter(
    (section) => !needle || `${section.title}\n${section.body}`.toLowerCase().includes(needle),
  );
  const jump = (target: string) => {
    setSearch('');
    requestAnimationFrame(() => document.getElementById(`script-section-${target}`)?.focus());
  };
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="script-title"
      id="script-panel"
      className="call-panel"
      tabIndex={-1}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id="script-title">
          {script ? script.name : t('call.script.title')}
        </Title>
        {script && (
          <Badge variant="light" color={script.mode === 'verbatim' ? 'gray' : 'blue'}>
            {t(`call.script.mode.${script.mode}`)}
          </Badge>
        )}
      </Group>
      {!script ? (
        <Text c="dimmed">{t('call.script.none')}</Text>
      ) : (
        <Stack gap="sm">
          <TextInput
            id="script-search"
            size="xs"
            label={t('call.script.search')}
            placeholder={t('call.script.searchPlaceholder')}
            rightSection={<Kbd size="xs">/</Kbd>}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          {sections.length === 0 && <Text c="dimmed">{t('call.script.noMatch')}</Text>}
          {sections.map((section) => (
            <article
              key={section.id}
              id={`script-section-${section.id}`}
              tabIndex={-1}
              aria-labelledby={`script-h-${section.id}`}
            >
              <Title order={3} size="h6" id={`script-h-${section.id}`} mb={2}>
                {section.title}
              </Title>
              <ScriptBody body={section.body} vars={vars} />
              {section.branches && section.branches.length > 0 && (
                <Group gap={6} mt={4}>
                  {section.branches.map((branch) => (
                    <Button
                      key={`${branch.target}-${branch.label}`}
                      size="compact-xs"
                      variant="light"
                      onClick={() => jump(branch.target)}
                    >
                      → {branch.label}
                    </Button>
                  ))}
                </Group>
              )}
            </article>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
