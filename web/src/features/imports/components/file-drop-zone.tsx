import { Box, FileInput, Text } from '@mantine/core';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const spreadsheetAccept =
  '.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FileDropZoneProps {
  label: string;
  description: string;
  value: File | null;
  onChange: (file: File | null) => void;
  error?: string | null;
}

/**
 * A file picker that also takes a file dropped from the desktop. The picker is the keyboard and
 * screen-reader path; the drop area around it is a convenience for the mouse.
 */
export function FileDropZone({ label, description, value, onChange, error }: FileDropZoneProps) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onChange(file);
  };
  return (
    <Box
      p="md"
      onDragOver={(event: DragEvent) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{
        border: `2px dashed var(--mantine-color-${dragging ? 'blue-6' : 'default-border'})`,
        borderRadius: 'var(--mantine-radius-md)',
        background: dragging ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <FileInput
        label={label}
        description={description}
        accept={spreadsheetAccept}
        required
        clearable
        clearButtonProps={{ 'aria-label': t('import.choose.clearFile') }}
        value={value}
        onChange={onChange}
        error={error}
      />
      <Text size="sm" c="dimmed" mt="xs" ta="center" aria-hidden="true">
        {t('import.choose.dropHint')}
      </Text>
    </Box>
  );
}
