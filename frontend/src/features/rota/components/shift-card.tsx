import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { RotaShift } from '@/api/types';
import { formatTimeRange } from '@/utils/format';
import { roleLabel } from '@/utils/role-label';
import { missingFor, shiftGapCount } from '../utils/staffing';
import classes from './shift-card.module.css';

type ShiftCardProps = {
  shift: RotaShift;
  onOpen: (shift: RotaShift) => void;
};

/** A session on the board: staffed against required per role; a gap shows by colour, icon and words. */
export function ShiftCard({ shift, onOpen }: ShiftCardProps) {
  const gapCount = shiftGapCount(shift);
  const hasGap = gapCount > 0;
  const time = formatTimeRange(shift.start, shift.end);
  return (
    <UnstyledButton
      className={classes.card}
      data-gap={hasGap || undefined}
      onClick={() => onOpen(shift)}
      aria-label={`${shift.hubName}, ${time}: ${hasGap ? `${gapCount} short` : 'fully staffed'}. Open details`}
    >
      <Stack gap={4}>
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {time}
          </Text>
          {hasGap ? (
            <Badge color="red.8" variant="filled" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
              Gap
            </Badge>
          ) : (
            <IconCircleCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden />
          )}
        </Group>
        {shift.requirements.map((line) => (
          <Text key={line.id} size="xs" c={missingFor(line) > 0 ? 'red.9' : undefined} fw={missingFor(line) > 0 ? 600 : 400}>
            {roleLabel(line.role)} {line.assigned}/{line.min}
            {missingFor(line) > 0 && ` · ${missingFor(line)} short`}
          </Text>
        ))}
      </Stack>
    </UnstyledButton>
  );
}
