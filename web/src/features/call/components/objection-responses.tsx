import { Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';

interface ObjectionResponsesProps {
  objection: ObjectionDto;
  onMark: (objectionId: number, responseId: string | null) => void;
  onClose: () => void;
}

/** Arrows move between the responses, Esc returns to the search. */
function moveBetweenResponses(event: KeyboardEvent<HTMLFieldSetElement>, onClose: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    onClose();
    return;
  }
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (step === 0) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button[data-response]')];
  const index = buttons.indexOf(document.activeElement as HTMLElement);
  const next = buttons[Math.max(0, Math.min(buttons.length - 1, index + step))];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** An objection's prepared responses; Enter on one marks it used in this call (the first is focused). */
export function ObjectionResponses({ objection, onMark, onClose }: ObjectionResponsesProps) {
  const { t } = useTranslation();
  const focusFirst = useCallback((node: HTMLFieldSetElement | null) => {
    node?.querySelector<HTMLElement>('button[data-response]')?.focus();
  }, []);
  return (
    <fieldset
      ref={focusFirst}
      onKeyDown={(event) => moveBetweenResponses(event, onClose)}
      aria-labelledby="objection-open-title"
      className="objection-responses"
    >
      <Group justify="space-between" wrap="nowrap" mb={4}>
        <Text fw={600} size="sm" id="objection-open-title">
          {objection.title}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑↓</Kbd> <Kbd size="xs">Enter</Kbd> {t('call.objections.markHint')} ·{' '}
          <Kbd size="xs">Esc</Kbd>
        </Text>
      </Group>
      <Stack gap={4}>
        {objection.responses.map((response) => (
          <Button
            key={response.id}
            data-response={response.id}
            data-testid="objection-response"
            variant="default"
            h="auto"
            py={6}
            justify="flex-start"
            styles={{
              label: { whiteSpace: 'pre-wrap', textAlign: 'left', fontWeight: 400, lineHeight: 1.45 },
            }}
            onClick={() => onMark(objection.id, response.id)}
            fullWidth
          >
            {response.text}
          </Button>
        ))}
        <Button
          data-response=""
          variant="subtle"
          size="compact-sm"
          justify="flex-start"
          onClick={() => onMark(objection.id, null)}
        >
          {t('call.objections.noResponse')}
        </Button>
      </Stack>
    </fieldset>
  );
}
