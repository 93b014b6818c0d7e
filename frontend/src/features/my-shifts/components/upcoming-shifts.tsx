import { Button, Card, Group, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { MyShift } from '@/api/types';
import { datesBetween, formatDay, formatTimeRange, isoDate } from '@/utils/format';

type UpcomingShiftsProps = {
  shifts: MyShift[];
  firstMonday: string;
};

/** The clinician's published hub shifts, as a list or as a week at a time. */
export function UpcomingShifts({ shifts, firstMonday }: UpcomingShiftsProps) {
  const sorted = [...shifts].sort((a, b) => a.startLocal.localeCompare(b.startLocal));
  return (
    <Tabs defaultValue="list">
      <Tabs.List>
        <Tabs.Tab value="list">List</Tabs.Tab>
        <Tabs.Tab value="week">Week</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="list" pt="sm">
        {sorted.length === 0 ? (
          <Text>No published hub shifts in the coming weeks.</Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Day</Table.Th>
                  <Table.Th scope="col">Time</Table.Th>
                  <Table.Th scope="col">Hub</Table.Th>
                  <Table.Th scope="col">As</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((shift) => (
                  <Table.Tr key={shift.shiftId}>
                    <Table.Td>{formatDay(shift.date)}</Table.Td>
                    <Table.Td>{formatTimeRange(shift.startLocal, shift.endLocal)}</Table.Td>
                    <Table.Td>{shift.hubName}</Table.Td>
                    <Table.Td>{shift.roleLabel}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="week" pt="sm">
        <WeekView shifts={sorted} firstMonday={firstMonday} />
      </Tabs.Panel>
    </Tabs>
  );
}

function WeekView({ shifts, firstMonday }: UpcomingShiftsProps) {
  const [weekStart, setWeekStart] = useState(firstMonday);
  const days = datesBetween(weekStart, isoDate(dayjs(weekStart).add(6, 'day')));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={14} aria-hidden />}
          onClick={() => setWeekStart(isoDate(dayjs(weekStart).subtract(7, 'day')))}
        >
          Previous week
        </Button>
        <Text fw={600} aria-live="polite">
          Week of {formatDay(weekStart)}
        </Text>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} aria-hidden />}
          onClick={() => setWeekStart(isoDate(dayjs(weekStart).add(7, 'day')))}
        >
          Next week
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 7 }} spacing="xs">
        {days.map((day) => {
          const dayShifts = shifts.filter((shift) => shift.date === day);
          return (
            <Card key={day} withBorder padding="xs" component="section" aria-label={formatDay(day)}>
              <Text size="sm" fw={700}>
                {formatDay(day)}
              </Text>
              {dayShifts.length === 0 ? (
                <Text size="xs" c="dimmed">
                  No hub shift
                </Text>
              ) : (
                dayShifts.map((shift) => (
                  <Text key={shift.shiftId} size="sm">
                    {formatTimeRange(shift.startLocal, shift.endLocal)} {shift.hubName}
                  </Text>
                ))
              )}
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
