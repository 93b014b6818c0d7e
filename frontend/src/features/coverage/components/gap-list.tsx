import { Badge, Table, Text } from '@mantine/core';
import type { CoverageGap } from '@/api/types';
import { formatDay, formatTimeRange } from '@/utils/format';

type GapListProps = {
  gaps: CoverageGap[];
};

const roleLabel = (role: string) => role.charAt(0) + role.slice(1).toLowerCase().replaceAll('_', ' ');

export function GapList({ gaps }: GapListProps) {
  if (gaps.length === 0) {
    return <Text>No gaps: every session meets its minimum.</Text>;
  }
  const sorted = [...gaps].sort((a, b) => a.start.localeCompare(b.start) || a.hubName.localeCompare(b.hubName));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Day</Table.Th>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Hub</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Staffed / required</Table.Th>
            <Table.Th scope="col">Short</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((gap) => (
            <Table.Tr key={`${gap.shiftId}-${gap.role}`}>
              <Table.Td>{formatDay(gap.date)}</Table.Td>
              <Table.Td>{formatTimeRange(gap.start, gap.end)}</Table.Td>
              <Table.Td>{gap.hubName}</Table.Td>
              <Table.Td>{gap.role === 'GP' ? 'GP' : roleLabel(gap.role)}</Table.Td>
              <Table.Td>
                {gap.staffed} / {gap.required}
                {gap.source === 'DRAFT' && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (draft)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color="red.8">{gap.missing} short</Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
