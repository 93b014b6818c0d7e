import { Alert, Button, FileInput, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '@/lib/api-error';
import { useImportCsv, type ImportKind } from '../api/import-csv';
import { ImportErrorsTable } from './import-errors-table';

const COLUMNS: Record<ImportKind, string> = {
  clinicians: 'code, name, role, skills, practice_code, baseline_weekly_hours, max_travel_minutes, commitments',
  practices: 'code, name, locality, list_size, latitude, longitude',
};

/** Upload a CSV of clinicians or practices; a refused file lists every bad row. */
export function CsvImport() {
  const [kind, setKind] = useState<ImportKind>('clinicians');
  const [file, setFile] = useState<File | null>(null);
  const importCsv = useImportCsv();
  const error = importCsv.error;
  const rowErrors = error instanceof ApiError ? error.fieldErrors : [];

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="What to import"
        value={kind}
        onChange={(value) => {
          setKind(value === 'practices' ? 'practices' : 'clinicians');
          importCsv.reset();
        }}
        data={[
          { value: 'clinicians', label: 'Clinicians' },
          { value: 'practices', label: 'Practices' },
        ]}
      />
      <Text size="sm">
        Columns: <code>{COLUMNS[kind]}</code>. Rows with a new code are added, known codes updated. If any row is wrong,
        nothing is stored.
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (file) {
            importCsv.mutate({ kind, file });
          }
        }}
      >
        <Group align="flex-end" gap="sm">
          <FileInput
            label="CSV file"
            accept=".csv,text/csv"
            placeholder="Choose a file"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              importCsv.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" leftSection={<IconUpload size={16} aria-hidden />} disabled={!file} loading={importCsv.isPending}>
            Import {kind}
          </Button>
        </Group>
      </form>
      {importCsv.data && (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title="Imported" role="status">
          {importCsv.data.created} added, {importCsv.data.updated} updated.
        </Alert>
      )}
      {error && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={error instanceof ApiError ? error.title : 'Import failed'}>
          <Stack gap="xs">
            <Text size="sm">{error.message}</Text>
            {rowErrors.length > 0 && <ImportErrorsTable errors={rowErrors} />}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
