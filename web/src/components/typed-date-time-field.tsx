import { TextInput, type TextInputProps } from '@mantine/core';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type FieldLanguage,
  formatFieldDate,
  formatFieldTime,
  parseTypedDate,
  parseTypedTime,
  shiftFieldDate,
  shiftFieldTime,
} from '../lib/typed-date-time.ts';

type FieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  /** "YYYY-MM-DD" for a date, "HH:mm" for a time; '' when empty. */
  value: string;
  onChange: (value: string) => void;
};

interface Kind {
  parse: (text: string, language: FieldLanguage) => string | null;
  format: (value: string, language: FieldLanguage) => string;
  shift: (value: string, step: number) => string;
  step: number;
  pattern: string;
  invalid: string;
}

const today = () => new Date().toISOString().slice(0, 10);

const kinds: Record<'date' | 'time', Kind> = {
  date: {
    parse: parseTypedDate,
    format: formatFieldDate,
    shift: (value, step) => shiftFieldDate(value, step, today()),
    step: 1,
    pattern: 'fields.datePattern',
    invalid: 'fields.invalidDate',
  },
  time: {
    parse: (text) => parseTypedTime(text),
    format: formatFieldTime,
    shift: shiftFieldTime,
    step: 15,
    pattern: 'fields.timePattern',
    invalid: 'fields.invalidTime',
  },
};

function TypedField({
  kind,
  value,
  onChange,
  error,
  description,
  onBlur,
  onKeyDown,
  ...rest
}: FieldProps & { kind: Kind }) {
  const { t, i18n } = useTranslation();
  const language: FieldLanguage = i18n.resolvedLanguage === 'sr' ? 'sr' : 'en';
  const [text, setText] = useState(() => (value ? kind.format(value, language) : ''));
  const [focused, setFocused] = useState(false);
  // The value changed from outside (a preset, a reset) or the language did: show it anew.
  useEffect(() => {
    if (!focused) setText(value ? kind.format(value, language) : '');
  }, [value, language, focused, kind]);
  const invalid = text.trim() !== '' && kind.parse(text, language) === null;
  const type = (next: string) => {
    setText(next);
    if (next.trim() === '') onChange('');
    else {
      const parsed = kind.parse(next, language);
      if (parsed !== null) onChange(parsed);
    }
  };
  const step = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const next = kind.shift(value, event.key === 'ArrowUp' ? kind.step : -kind.step);
    onChange(next);
    setText(kind.format(next, language));
  };
  return (
    <TextInput
      {...rest}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      description={description ?? t(kind.pattern)}
      error={invalid ? t(kind.invalid) : error}
      onFocus={(event) => {
        setFocused(true);
        rest.onFocus?.(event);
      }}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={(event) => {
        setFocused(false);
        if (!invalid) setText(value ? kind.format(value, language) : '');
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        step(event);
        onKeyDown?.(event);
      }}
    />
  );
}

/**
 * A date typed the way the screen's language writes it (day first in Serbian, month first in
 * English), whatever the browser's locale; ↑/↓ move a day. The value is "YYYY-MM-DD".
 */
export function DateField(props: FieldProps) {
  return <TypedField kind={kinds.date} {...props} />;
}

/**
 * A time on the screen's language's clock (24-hour in Serbian, AM/PM in English); any spelling
 * is read ("14:30", "2:30 pm", "1430"); ↑/↓ move a quarter hour. The value is "HH:mm".
 */
export function TimeField(props: FieldProps) {
  return <TypedField kind={kinds.time} {...props} />;
}
