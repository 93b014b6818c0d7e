import { Badge, Button, Group, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCloudUpload, IconHistory, IconUserOff } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RotaBoard as RotaBoardData } from '@/api/types';
import { paths } from '@/config/paths';
import { datesBetween, formatDay, isoDate } from '@/utils/format';
import { boardShifts, describeGaps, gapsOf, shiftGapCount, type BoardShift } from '../utils/staffing';
import { AbsenceModal } from './absence-modal';
import { PublishModal } from './publish-modal';
import { ShiftCard } from './shift-card';
import { ShiftDetails } from './shift-details';
import { SolvePanel } from './solve-panel';

type RotaBoardProps = {
  rota: RotaBoardData;
};

/** The hubs × days grid for one week of the rota, with the solver, publishing and re-planning around it. */
export function RotaBoard({ rota }: RotaBoardProps) {
  const weekStarts = datesBetween(rota.firstDate, rota.lastDate).filter((date) => dayjs(date).day() === 1);
  const [weekStart, setWeekStart] = useState(weekStarts[0] ?? rota.firstDate);
  const [openShiftId, setOpenShiftId] = useState<number>();
  const [isPublishOpen, setPublishOpen] = useState(false);
  const [isAbsenceOpen, setAbsenceOpen] = useState(false);

  const days = datesBetween(weekStart, isoDate(dayjs(weekStart).add(6, 'day')));
  const hubs = rota.hubs;
  const allShifts = boardShifts(rota);
  const shiftsByCell = new Map<string, BoardShift[]>();
  allShifts.forEach((shift) => {
    const key = `${shift.hubId}|${shift.date}`;
    shiftsByCell.set(key, [...(shiftsByCell.get(key) ?? []), shift].sort((a, b) => a.start.localeCompare(b.start)));
  });
  const weekShifts = allShifts.filter((shift) => days.includes(shift.date));
  const gapShifts = weekShifts.filter((shift) => shiftGapCount(shift) > 0);
  const openShift = allShifts.find((shift) => shift.id === openShiftId);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Badge variant="light" color={rota.status === 'PUBLISHED' ? 'teal' : 'gray'}>
            {rota.status === 'PUBLISHED' ? `Published v${rota.publishedVersion}` : 'Draft'}
          </Badge>
          {gapShifts.length > 0 ? (
            <Badge color="red.8" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
              {gapShifts.length} shift(s) with gaps this week
            </Badge>
          ) : (
            <Badge color="teal.9">No gaps this week</Badge>
          )}
        </Group>
        <Group gap="xs">
          {rota.publishedVersion > 0 && (
            <Button component={Link} to={paths.app.rotaVersions.getHref(rota.id)} variant="default" leftSection={<IconHistory size={16} aria-hidden />}>
              Published versions
            </Button>
          )}
          <Button variant="default" leftSection={<IconUserOff size={16} aria-hidden />} onClick={() => setAbsenceOpen(true)}>
            Mark absent
          </Button>
          <Button
            leftSection={<IconCloudUpload size={16} aria-hidden />}
            onClick={() => setPublishOpen(true)}
            disabled={rota.solver.solving}
          >
            Publish
          </Button>
        </Group>
      </Group>

      <SolvePanel rota={rota} />

      {weekStarts.length > 1 && (
        <SegmentedControl
          aria-label="Week"
          value={weekStart}
          onChange={setWeekStart}
          data={weekStarts.map((start) => ({ value: start, label: `w/c ${formatDay(start)}` }))}
        />
      )}

      <Table.ScrollContainer minWidth={980}>
        <Table withTableBorder withColumnBorders layout="fixed" verticalSpacing={6}>
          <VisuallyHidden component="caption">
            Shifts by hub and day for the week starting {formatDay(weekStart)}; each shift shows staffed against required by role.
          </VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={120}>
                Hub
              </Table.Th>
              {days.map((day) => (
                <Table.Th scope="col" key={day}>
                  {formatDay(day)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hubs.map((hub) => (
              <Table.Tr key={hub.id}>
                <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                  {hub.name}
                </Table.Th>
                {days.map((day) => {
                  const shifts = shiftsByCell.get(`${hub.id}|${day}`) ?? [];
                  return (
                    <Table.Td key={day} style={{ verticalAlign: 'top' }}>
                      {shifts.length === 0 ? (
                        <Text size="xs" c="dimmed">
                          Closed
                        </Text>
                      ) : (
                        <Stack gap={6}>
                          {shifts.map((shift) => (
                            <ShiftCard key={shift.id} shift={shift} onOpen={(opened) => setOpenShiftId(opened.id)} />
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {gapShifts.length > 0 && (
        <section aria-labelledby="week-gaps-heading">
          <Text component="h2" id="week-gaps-heading" fw={700} size="lg" mb="xs">
            Gaps this week
          </Text>
          <Stack gap={4}>
            {gapShifts.map((shift) => (
              <Group key={shift.id} gap="xs" wrap="nowrap">
                <IconAlertTriangle size={16} color="var(--mantine-color-red-8)" aria-hidden />
                <Button variant="subtle" size="compact-sm" onClick={() => setOpenShiftId(shift.id)}>
                  {formatDay(shift.date)} · {shift.hubName}: {describeGaps(shift)}
                </Button>
              </Group>
            ))}
          </Stack>
        </section>
      )}

      <ShiftDetails
        rotaId={rota.id}
        shift={openShift}
        gaps={openShift ? gapsOf(rota, openShift.id) : []}
        onClose={() => setOpenShiftId(undefined)}
      />
      <PublishModal rota={rota} opened={isPublishOpen} onClose={() => setPublishOpen(false)} />
      {isAbsenceOpen && <AbsenceModal rota={rota} opened onClose={() => setAbsenceOpen(false)} />}
    </Stack>
  );
}
