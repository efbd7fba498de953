import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Direction = 'asc' | 'desc';

/** Ascending or descending, as a two-way radio group: arrow keys switch it. */
export function DirectionControl(props: {
  label: string;
  value: Direction;
  onChange: (value: Direction) => void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={props.label}
      size="xs"
      value={props.value}
      onChange={(value) => props.onChange(value === 'desc' ? 'desc' : 'asc')}
      data={[
        { value: 'asc', label: <Arrowed arrow="↑" text={t('campaigns.ordering.asc')} /> },
        { value: 'desc', label: <Arrowed arrow="↓" text={t('campaigns.ordering.desc')} /> },
      ]}
    />
  );
}

const Arrowed = ({ arrow, text }: { arrow: string; text: string }) => (
  <>
    <span aria-hidden="true">{arrow} </span>
    {text}
  </>
);
