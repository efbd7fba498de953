import { useTranslation } from 'react-i18next';
import { usePauseReasons } from '../api/agent-state.ts';

/** A pause reason's name: the organization's own, else the product's in the reader's language. */
export function useReasonName(): (key: string) => string {
  const { t } = useTranslation();
  const reasons = usePauseReasons().data?.reasons;
  return (key) =>
    reasons?.find((r) => r.key === key)?.label ?? t(`agent.reason.${key}`, { defaultValue: key });
}
