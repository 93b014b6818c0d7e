import { ActionIcon, Group, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function Loading() {
  return (
    <Group gap="xs">
      <Loader size="sm" aria-hidden />
      <Text size="sm">Loading…</Text>
    </Group>
  );
}

type DataTableProps = { caption: string; headers: string[]; minWidth: number; children: ReactNode };

/** A directory table with a hidden caption (its accessible name). */
export function DataTable({ caption, headers, minWidth, children }: DataTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped withTableBorder highlightOnHover>
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th scope="col" key={header}>
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type RowActionsProps = { name: string; onEdit: () => void; onDelete: () => void; children?: ReactNode };

/** Edit and delete buttons named after the row, so a screen reader (and a test) can tell the rows' buttons apart. */
export function RowActions({ name, onEdit, onDelete, children }: RowActionsProps) {
  return (
    <Table.Td>
      <Group gap={4} wrap="nowrap">
        <ActionIcon variant="subtle" aria-label={`Edit ${name}`} onClick={onEdit}>
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="subtle" color="red.8" aria-label={`Delete ${name}`} onClick={onDelete}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
        {children}
      </Group>
    </Table.Td>
  );
}
