import { TextInput, type TextInputProps } from '@mantine/core';
import { type KeyboardEvent, useState } from 'react';
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

type TimeFieldProps = FieldProps & {
  /** The end of a day or window: midnight may be typed as "24:00". */
  endOfDay?: boolean;
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

const timeKind = (endOfDay: boolean): Kind => ({
  parse: (text) => parseTypedTime(text, { endOfDay }),
  format: formatFieldTime,
  shift: shiftFieldTime,
  step: 15,
  pattern: 'fields.timePattern',
  invalid: 'fields.invalidTime',
});

const kinds: Record<'date' | 'time' | 'endOfDay', Kind> = {
  date: {
    parse: parseTypedDate,
    format: formatFieldDate,
    shift: (value, step) => shiftFieldDate(value, step, today()),
    step: 1,
    pattern: 'fields.datePattern',
    invalid: 'fields.invalidDate',
  },
  time: timeKind(false),
  endOfDay: timeKind(true),
};

function TypedField({
  kind,
  value,
  onChange,
  error,
  description,
  onFocus,
  onBlur,
  onKeyDown,
  ...rest
}: FieldProps & { kind: Kind }) {
  const { t, i18n } = useTranslation();
  const language: FieldLanguage = i18n.resolvedLanguage === 'sr' ? 'sr' : 'en';
  // What the person is typing, while they type; otherwise the value, written the language's way.
  const [typing, setTyping] = useState<string | null>(null);
  const text = typing ?? (value ? kind.format(value, language) : '');
  const invalid = text.trim() !== '' && kind.parse(text, language) === null;
  const type = (next: string) => {
    setTyping(next);
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
    setTyping(kind.format(next, language));
  };
  return (
    <TextInput
      {...rest}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      description={description ?? t(kind.pattern)}
      error={invalid ? t(kind.invalid) : error}
      onFocus={onFocus}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={(event) => {
        // Left with something unreadable, the text stays to be fixed; otherwise the value shows.
        if (!invalid) setTyping(null);
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
export function TimeField({ endOfDay = false, ...props }: TimeFieldProps) {
  return <TypedField kind={endOfDay ? kinds.endOfDay : kinds.time} {...props} />;
}
