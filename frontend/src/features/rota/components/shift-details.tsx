import { ActionIcon, Badge, Button, Divider, Drawer, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconPin, IconPinnedOff, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { AssignmentChange, RotaGap } from '@/api/types';
import { formatLongDay, formatTimeRange } from '@/utils/format';
import { roleLabel } from '@/utils/role-label';
import { useAssignClinician } from '../api/assign-clinician';
import { useSuggestions } from '../api/get-suggestions';
import { useSetAssignmentPinned } from '../api/set-assignment-pinned';
import { useUnassignClinician } from '../api/unassign-clinician';
import { describeScoreDelta, missingFor, shiftGapCount, type BoardShift } from '../utils/staffing';
import { EditFeedback } from './edit-feedback';

type ShiftDetailsProps = {
  rotaId: number;
  shift: BoardShift | undefined;
  /** The board's gaps of this shift, with the reason each is open. */
  gaps: RotaGap[];
  onClose: () => void;
};

type Feedback = { what: string; change: AssignmentChange };

/** The side panel of one shift: who is on it, what it needs, why a gap is open, and one-click fixes. */
export function ShiftDetails({ rotaId, shift, gaps, onClose }: ShiftDetailsProps) {
  const [feedback, setFeedback] = useState<Feedback>();
  const close = () => {
    setFeedback(undefined);
    onClose();
  };
  return (
    <Drawer
      opened={shift !== undefined}
      onClose={close}
      position="right"
      size="md"
      title={shift ? `${shift.hubName} · ${formatTimeRange(shift.start, shift.end)}` : ''}
      closeButtonProps={{ 'aria-label': 'Close shift details' }}
    >
      {shift && (
        <ShiftDetailsBody rotaId={rotaId} shift={shift} gaps={gaps} feedback={feedback} onFeedback={setFeedback} />
      )}
    </Drawer>
  );
}

type ShiftDetailsBodyProps = {
  rotaId: number;
  shift: BoardShift;
  gaps: RotaGap[];
  feedback: Feedback | undefined;
  onFeedback: (feedback: Feedback | undefined) => void;
};

function ShiftDetailsBody({ rotaId, shift, gaps, feedback, onFeedback }: ShiftDetailsBodyProps) {
  const hasGap = shiftGapCount(shift) > 0;
  const assign = useAssignClinician({
    mutationConfig: { onSuccess: (change, input) => onFeedback({ what: `Assigned ${nameOf(input.clinicianId)}`, change }) },
  });
  const unassign = useUnassignClinician({
    mutationConfig: { onSuccess: (change) => onFeedback({ what: 'Clinician removed from the shift', change }) },
  });
  const setPinned = useSetAssignmentPinned({
    mutationConfig: {
      onSuccess: (change, input) => onFeedback({ what: input.pinned ? 'Pinned: the solver keeps it' : 'Unpinned', change }),
    },
  });
  const suggestions = useSuggestions({ rotaId, shiftId: shift.id, queryConfig: { enabled: hasGap } });
  const nameOf = (clinicianId: number) =>
    suggestions.data?.find((suggestion) => suggestion.clinicianId === clinicianId)?.clinicianName ?? 'clinician';

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {formatLongDay(shift.date)}
      </Text>
      {feedback && <EditFeedback what={feedback.what} change={feedback.change} onClose={() => onFeedback(undefined)} />}

      <section aria-labelledby="needs-heading">
        <Title order={3} size="h5" id="needs-heading" mb="xs">
          What the shift needs
        </Title>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">Staffed</Table.Th>
              <Table.Th scope="col">Minimum</Table.Th>
              <Table.Th scope="col">Desired</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shift.requirements.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Th scope="row" fw={400}>
                  {roleLabel(line.role)}
                  {line.skills.length > 0 && ` (${line.skills.join(', ')})`}
                </Table.Th>
                <Table.Td>
                  {line.assigned}
                  {missingFor(line) > 0 && (
                    <Badge ml="xs" color="red.8" size="sm">
                      {missingFor(line)} short
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{line.min}</Table.Td>
                <Table.Td>{line.desired}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {gaps.length > 0 && (
          <>
            <Text size="sm" fw={600} mt="sm">
              Why it is not filled
            </Text>
            <List size="sm">
              {gaps.map((gap) => (
                <List.Item key={gap.requirementId}>
                  {roleLabel(gap.role)}, {gap.missing} short: {gap.explanation}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </section>

      <Divider />
      <section aria-labelledby="assigned-heading">
        <Title order={3} size="h5" id="assigned-heading" mb="xs">
          Assigned
        </Title>
        {shift.assignments.length === 0 ? (
          <Text size="sm">Nobody is assigned yet.</Text>
        ) : (
          <Stack gap="xs">
            {shift.assignments.map((assignment) => (
              <Group key={assignment.id} justify="space-between" wrap="nowrap">
                <div>
                  <Text size="sm" fw={500}>
                    {assignment.clinicianName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {roleLabel(assignment.role)}
                    {assignment.pinned ? ' · pinned' : ''}
                    {assignment.source === 'MANUAL' ? ' · by hand' : ''}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={`${assignment.pinned ? 'Unpin' : 'Pin'} ${assignment.clinicianName}`}
                    aria-pressed={assignment.pinned}
                    loading={setPinned.isPending && setPinned.variables.assignmentId === assignment.id}
                    onClick={() =>
                      setPinned.mutate({
                        rotaId,
                        assignmentId: assignment.id,
                        pinned: !assignment.pinned,
                        version: assignment.version,
                      })
                    }
                  >
                    {assignment.pinned ? <IconPinnedOff size={18} aria-hidden /> : <IconPin size={18} aria-hidden />}
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={`Unassign ${assignment.clinicianName}`}
                    loading={unassign.isPending && unassign.variables.assignmentId === assignment.id}
                    onClick={() => unassign.mutate({ rotaId, assignmentId: assignment.id })}
                  >
                    <IconUserMinus size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </section>

      {hasGap && (
        <>
          <Divider />
          <section aria-labelledby="suggestions-heading">
            <Title order={3} size="h5" id="suggestions-heading" mb="xs">
              Who could fill the gap
            </Title>
            {suggestions.isPending && <Loader size="sm" aria-label="Loading suggestions" />}
            {suggestions.data?.length === 0 && <Text size="sm">Nobody available fits this shift.</Text>}
            <Stack gap="xs">
              {suggestions.data?.map((suggestion) => (
                <Group key={suggestion.clinicianId} justify="space-between" wrap="nowrap">
                  <div>
                    <Text size="sm" fw={500}>
                      {suggestion.clinicianName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {roleLabel(suggestion.role)} · {describeScoreDelta(suggestion.scoreDelta)}
                    </Text>
                  </div>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconUserPlus size={14} aria-hidden />}
                    aria-label={`Assign ${suggestion.clinicianName}`}
                    loading={assign.isPending && assign.variables.clinicianId === suggestion.clinicianId}
                    onClick={() => assign.mutate({ rotaId, shiftId: shift.id, clinicianId: suggestion.clinicianId })}
                  >
                    Assign
                  </Button>
                </Group>
              ))}
            </Stack>
          </section>
        </>
      )}
    </Stack>
  );
}
