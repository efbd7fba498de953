import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { renderScriptText } from '../../../src/core/scripts/render-script.ts';
import type { ScriptVariables } from '../../../src/core/scripts/script.ts';

/** A script's text with values filled in; a value the lead lacks shows as its name, styled, never "undefined". */
export function ScriptText({
  body,
  vars,
  size,
}: {
  body: string;
  vars: ScriptVariables;
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Text style={{ whiteSpace: 'pre-wrap' }} lh={1.55} size={size}>
      {renderScriptText(body, vars).map((segment, index) =>
        segment.kind === 'text' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text, in order
          <span key={index}>{segment.text}</span>
        ) : segment.value !== null ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text, in order
          <strong key={index}>{segment.value}</strong>
        ) : (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text, in order
            key={index}
            className="script-placeholder"
            title={t('call.script.missingValue', { name: segment.name })}
          >
            [{segment.name}]
          </span>
        ),
      )}
    </Text>
  );
}
