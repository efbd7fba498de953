import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldPath } from '../utils/ordering-draft.ts';
import {
  findRetriesProblems,
  type RetriesDraft,
  retriesFieldPath,
  retryLimits,
} from '../utils/retries-draft.ts';

/**
 * What to say beside each field of the calling hours and retries: the problems found before
 * saving (once a save was tried, so a half-typed time is not called wrong), else the field the
 * server refused. The third value says whether the server's error named a field here, so a
 * general alert is shown only when it did not.
 */
export function useRetriesMessages(
  draft: RetriesDraft,
  tried: boolean,
  error: unknown,
): { messages: Record<string, string>; hasProblems: boolean; errorShownInline: boolean } {
  const { t } = useTranslation();
  const problems = findRetriesProblems(draft);
  const messages: Record<string, string> = {};
  for (const [path, problem] of tried ? Object.entries(problems) : []) {
    messages[path] = t(`campaigns.retries.problems.${problem}`, {
      max: problem === 'attemptsPerDay' ? retryLimits.maxAttemptsPerDay : retryLimits.maxAttemptsTotal,
      maxHours: retryLimits.maxCoolOffHours,
    });
  }
  const path = isApiError(error) ? retriesFieldPath(serverFieldPath(error.field)) : null;
  const inline = path !== null && /^(callingWindow|retryPolicy)\b/.test(path);
  if (inline && isApiError(error) && messages[path] === undefined) {
    // The server's text names the path first ("retryPolicy.maxAttemptsPerDay: …"); beside the field it is noise.
    const detail = error.message.replace(/^[\w./]+:\s*/, '');
    messages[path] = t('campaigns.retries.problems.server', { detail });
  }
  return { messages, hasProblems: Object.keys(problems).length > 0, errorShownInline: inline };
}
