import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { findOrderingProblems, type OrderingDraft, serverFieldPath } from '../utils/ordering-draft.ts';

/**
 * What to say beside each field of the ordering rules: the problems found before saving (once a
 * save was tried), else the field the server refused. The second value says whether the server's
 * error named a field here, so a general alert is shown only when it did not.
 */
export function useOrderingMessages(
  draft: OrderingDraft,
  tried: boolean,
  error: unknown,
): { messages: Record<string, string>; hasProblems: boolean; errorShownInline: boolean } {
  const { t } = useTranslation();
  const problems = findOrderingProblems(draft);
  const messages: Record<string, string> = {};
  if (tried) {
    for (const [path, problem] of Object.entries(problems)) {
      messages[path] = t(`campaigns.ordering.problems.${problem}`);
    }
  }
  const path = isApiError(error) ? serverFieldPath(error.field) : null;
  const inline = path !== null && /^(sortKeys|filters)\b/.test(path);
  if (inline && isApiError(error) && messages[path] === undefined) {
    // The server's text names the path first ("sortKeys.1.field: …"); beside the field it is noise.
    const detail = error.message.replace(/^[\w./]+:\s*/, '');
    messages[path] = t('campaigns.ordering.problems.server', { detail });
  }
  return { messages, hasProblems: Object.keys(problems).length > 0, errorShownInline: inline };
}
