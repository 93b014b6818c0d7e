import { Table, VisuallyHidden } from '@mantine/core';
import type { FieldError } from '@/lib/api-error';

type ImportErrorsTableProps = {
  errors: FieldError[];
};

/** Every problem of a refused import, row by row, so the whole file can be fixed in one go. */
export function ImportErrorsTable({ errors }: ImportErrorsTableProps) {
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table withTableBorder striped bg="var(--mantine-color-body)">
        <VisuallyHidden component="caption">Problems found in the file</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            <Table.Tr key={`${error.row ?? 'file'}-${error.field ?? ''}-${index}`}>
              <Table.Td>{error.row ?? 'whole file'}</Table.Td>
              <Table.Td>{error.field ?? '—'}</Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
