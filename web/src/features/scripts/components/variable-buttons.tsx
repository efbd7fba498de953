import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scriptVariableNames } from '../utils/sample-variables.ts';

interface VariableButtonsProps {
  /** Inserts `{{name}}` where the caret is in the text the buttons belong to. */
  onInsert: (variable: string) => void;
  /** The text field's label, so each button says where it inserts. */
  target: string;
}

/** One button per variable, plus a custom field; each inserts at the caret of its section's text. */
export function VariableButtons({ onInsert, target }: VariableButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} role="group" aria-label={t('scripts.variables.group', { target })}>
      <Text size="xs" c="dimmed" mr={4}>
        {t('scripts.variables.insert')}
      </Text>
      {[...scriptVariableNames, 'custom.field'].map((name) => (
        <Button
          key={name}
          size="compact-xs"
          variant="default"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onInsert(name)}
          aria-label={t('scripts.variables.insertNamed', {
            name: t(`scripts.variables.names.${name}`),
            target,
          })}
        >
          {t(`scripts.variables.names.${name}`)}
        </Button>
      ))}
    </Group>
  );
}
