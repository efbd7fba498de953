import { SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { interestLevels } from '../../../../../src/core/qualification/qualification-form.ts';
import { type DraftStore, type Interest, useDraft } from '../hooks/call-draft.ts';

const isInterest = (value: string): value is Interest =>
  (interestLevels as readonly string[]).includes(value);
const keyOf: Record<Interest, string> = { cold: 'C', warm: 'W', hot: 'H' };

/** The setter's own judgment of the prospect's interest: a field of its own, one key per level. */
export function InterestControl({ store }: { store: DraftStore }) {
  const { t } = useTranslation();
  const interest = useDraft(store, (draft) => draft.interest);
  return (
    <div>
      <Text size="sm" fw={500} id="interest-label" mb={4}>
        {t('call.interest.label')}
      </Text>
      <SegmentedControl
        fullWidth
        size="xs"
        aria-labelledby="interest-label"
        data-testid="interest"
        value={interest ?? ''}
        onChange={(value) => store.set({ interest: isInterest(value) ? value : null })}
        data={[
          { value: '', label: t('interest.unknown') },
          ...interestLevels.map((level) => ({
            value: level,
            label: `${t(`interest.${level}`)} (${keyOf[level]})`,
          })),
        ]}
      />
    </div>
  );
}

/** C, W, H pick a level; the same key again clears it. */
export function toggleInterest(store: DraftStore, level: Interest): void {
  store.set((draft) => ({ interest: draft.interest === level ? null : level }));
}
