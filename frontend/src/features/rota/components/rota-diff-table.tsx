import { Table, Text } from '@mantine/core';
import type { ClinicianChange, RotaDiff } from '@/api/types';
import { formatDay, formatTimeRange } from '@/utils/format';

type ShiftRef = ClinicianChange['gained'][number];

const describeShift = (shift: ShiftRef) =>
  `${formatDay(shift.start.slice(0, 10))} ${formatTimeRange(shift.start, shift.end)} ${shift.hubName}`;

type RotaDiffTableProps = { diff: RotaDiff; emptyText: string };

/** Who gains and who loses which shift between two versions of a rota, one clinician a row. */
export function RotaDiffTable({ diff, emptyText }: RotaDiffTableProps) {
  if (diff.changes.length === 0) {
    return <Text size="sm">{emptyText}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder>
        <Table.Caption>{diff.changedClinicians} clinician(s) with changed shifts</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Clinician</Table.Th>
            <Table.Th scope="col">Gains</Table.Th>
            <Table.Th scope="col">Loses</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diff.changes.map((change) => (
            <Table.Tr key={change.clinicianId}>
              <Table.Th scope="row" fw={500}>
                {change.clinicianName}
              </Table.Th>
              <Table.Td>{change.gained.map(describeShift).join('; ') || '—'}</Table.Td>
              <Table.Td>{change.lost.map(describeShift).join('; ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
