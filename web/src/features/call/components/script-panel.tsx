import { Badge, Button, Group, Kbd, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { type KeyboardEvent, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMandatorySection } from '../../../../../src/core/scripts/mandatory-sections.ts';
import type { ScriptVariables } from '../../../../../src/core/scripts/script.ts';
import { ScriptText } from '../../../components/script-text.tsx';
import type { ScriptOnScreen } from '../hooks/use-shift-data.ts';
import { isOpening, scriptReadingOrder } from '../utils/script-sections.ts';

interface ScriptPanelProps {
  script: ScriptOnScreen | null;
  loading: boolean;
  vars: ScriptVariables;
}

/** G: the keyboard moves to the branch buttons of the section being read. */
export function focusScriptBranches(): void {
  const panel = document.getElementById('script-panel');
  const button =
    panel?.querySelector<HTMLElement>('[data-current="true"] [data-branch]') ??
    panel?.querySelector<HTMLElement>('[data-branch]');
  button?.focus();
}

/** Arrow keys move between a section's branch buttons; Enter jumps. */
function moveBetweenBranches(event: KeyboardEvent<HTMLDivElement>): void {
  const step =
    event.key === 'ArrowRight' || event.key === 'ArrowDown'
      ? 1
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? -1
        : 0;
  if (step === 0) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-branch]')];
  const index = buttons.indexOf(document.activeElement as HTMLElement);
  const next = buttons[(index + step + buttons.length) % buttons.length];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/**
 * The setter's script (their approved wording or the company's) with this lead's details filled
 * in, the mandatory opening first; branch buttons jump between sections (gatekeeper, voicemail…).
 */
export const ScriptPanel = memo(function ScriptPanel({ script, loading, vars }: ScriptPanelProps) {
  const { t } = useTranslation();
  const sections = script ? scriptReadingOrder(script.sections) : [];
  const [current, setCurrent] = useState<string | null>(null);
  const companyIn = new Set(script?.companyWordingIn.map((section) => section.sectionId) ?? []);
  const currentId = current ?? sections[0]?.id ?? null;
  const jump = (target: string) => {
    setCurrent(target);
    const section = document.getElementById(`script-section-${target}`);
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  };
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="script-title"
      id="script-panel"
      className="call-panel call-panel-script"
      tabIndex={-1}
    >
      <Stack gap={2} mb="xs">
        <Title order={2} size="h4" id="script-title">
          {script ? script.name : t('call.script.title')}
        </Title>
        {script && <ScriptWording script={script} />}
      </Stack>
      {loading ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : !script ? (
        <Text c="dimmed">{t('call.script.none')}</Text>
      ) : (
        <Stack gap="sm">
          {sections.map((section) => (
            <article
              key={section.id}
              id={`script-section-${section.id}`}
              tabIndex={-1}
              aria-labelledby={`script-h-${section.id}`}
              data-current={section.id === currentId}
              className="script-section"
            >
              <Group gap={6} mb={2}>
                <Title order={3} size="h6" id={`script-h-${section.id}`}>
                  {section.title}
                </Title>
                {isMandatorySection(section) && (
                  <Badge size="xs" variant="light" color="orange">
                    {isOpening(section) ? t('call.script.mandatory') : t('scriptRebase.mandatory')}
                  </Badge>
                )}
                {companyIn.has(section.id) && (
                  <Badge size="xs" variant="light" color="grape" data-testid="company-wording-here">
                    {t('scriptRebase.companyHere')}
                  </Badge>
                )}
              </Group>
              <ScriptText body={section.body} vars={vars} />
              {section.branches && section.branches.length > 0 && (
                // biome-ignore lint/a11y/useSemanticElements: a toolbar of jumps, moved through with arrows
                <div
                  role="group"
                  aria-label={t('call.script.branches')}
                  onKeyDown={moveBetweenBranches}
                  className="script-branches"
                >
                  {section.branches.map((branch) => (
                    <Button
                      key={`${branch.target}-${branch.label}`}
                      size="compact-xs"
                      variant="light"
                      data-branch={branch.target}
                      onClick={() => jump(branch.target)}
                    >
                      → {branch.label}
                    </Button>
                  ))}
                  <Text span size="xs" c="dimmed">
                    <Kbd size="xs">G</Kbd>
                  </Text>
                </div>
              )}
            </article>
          ))}
        </Stack>
      )}
    </Paper>
  );
});

/**
 * Whose wording the setter reads and on which company version, in words that wrap rather than
 * truncate: "Company wording · v2", "Your wording, based on v2", and the sections that read the
 * company wording while the setter's change there awaits review.
 */
function ScriptWording({ script }: { script: ScriptOnScreen }) {
  const { t } = useTranslation();
  const whose =
    script.wording === 'mine'
      ? t('scriptRebase.yourWording', { n: script.baseVersion ?? script.version })
      : t('scriptRebase.companyWording', { n: script.version });
  return (
    <>
      <Text size="xs" fw={600} data-testid="script-wording" data-wording={script.wording}>
        {whose} · {t(`call.script.mode.${script.mode}`)}
      </Text>
      {script.companyWordingIn.length > 0 && (
        <Text size="xs" data-testid="script-company-in">
          {t('scriptRebase.companyIn', {
            sections: script.companyWordingIn
              .map((section) => t('scriptRebase.quoted', { title: section.title }))
              .join(', '),
            count: script.companyWordingIn.length,
          })}
        </Text>
      )}
    </>
  );
}
