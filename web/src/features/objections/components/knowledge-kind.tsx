import { Badge, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type KnowledgeKind, knowledgeKinds } from '../../../../../src/contracts/objections.ts';

const kindColors: Record<KnowledgeKind, string> = { objection: 'red', question: 'blue', fact: 'teal' };

/** An entry's kind in words (the colour only repeats it): objection, question or fact. */
export function KindBadge({ kind }: { kind: KnowledgeKind }) {
  const { t } = useTranslation();
  return (
    <Badge size="xs" variant="light" color={kindColors[kind]} className="no-shrink" data-kind={kind}>
      {t(`knowledge.kind.${kind}`)}
    </Badge>
  );
}

/** Chooses a kind; with `all`, also "every kind" (the library's filter). */
export function KindControl<T extends KnowledgeKind | 'all'>({
  value,
  onChange,
  withAll,
  label,
}: {
  value: T;
  onChange: (kind: T) => void;
  withAll?: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const options = [...(withAll ? (['all'] as const) : []), ...knowledgeKinds];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={value}
        onChange={(next) => onChange(next as T)}
        data={options.map((kind) => ({ value: kind, label: t(`knowledge.plural.${kind}`) }))}
      />
    </Stack>
  );
}
