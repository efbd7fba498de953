import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { knownTimeZones } from '../lib/zoned-time.ts';

type TimeZoneSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string;
  onChange: (zone: string) => void;
};

/** An IANA zone, searched by any part of its name ("chicago", "America/"). */
export function TimeZoneSelect({ value, onChange, ...props }: TimeZoneSelectProps) {
  const data = useMemo(() => knownTimeZones(value), [value]);
  return (
    <Select
      {...props}
      searchable
      allowDeselect={false}
      limit={80}
      data={data}
      value={value}
      onChange={(zone) => {
        if (zone) onChange(zone);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
