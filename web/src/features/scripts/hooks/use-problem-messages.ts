import { useTranslation } from 'react-i18next';
import { scriptProblems } from '../../../../../src/core/scripts/validate-script.ts';
import { openingVariableText } from '../utils/sample-variables.ts';
import type { SectionDraft } from '../utils/script-form.ts';
import { sectionsFromDrafts, serverProblems } from '../utils/script-form.ts';

/**
 * What to say beside each field of a script: the problems found before saving (once a save was
 * tried), else those the server listed. `blocking` says whether saving should wait.
 */
export function useProblemMessages(
  drafts: readonly SectionDraft[],
  tried: boolean,
  error: unknown,
): { messages: Record<string, string>; blocking: boolean; inline: boolean } {
  const { t } = useTranslation();
  const local = scriptProblems(sectionsFromDrafts(drafts));
  const fromServer = serverProblems(error);
  const messages: Record<string, string> = {};
  for (const problem of tried ? local : [])
    messages[problem.field] ??= t(`scripts.problems.${problem.code}`, openingVariableText);
  for (const problem of fromServer)
    messages[problem.field] ??=
      problem.code === 'SERVER'
        ? t('scripts.problems.SERVER', { detail: problem.message ?? '' })
        : t(`scripts.problems.${problem.code}`, openingVariableText);
  return { messages, blocking: local.length > 0, inline: fromServer.length > 0 };
}
