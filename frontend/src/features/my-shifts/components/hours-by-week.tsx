import { Group, Progress, Stack, Text } from '@mantine/core';
import type { WeekHours } from '@/api/types';
import { formatDay, formatMinutes } from '@/utils/format';

type HoursByWeekProps = {
  weeks: WeekHours[];
};

/** Practice commitments plus hub shifts against the baseline, week by week: the hours guarantee made visible. */
export function HoursByWeek({ weeks }: HoursByWeekProps) {
  if (weeks.length === 0) {
    return <Text>No weeks to show.</Text>;
  }
  return (
    <Stack gap="md">
      {weeks.map((week) => {
        const scale = Math.max(week.baselineMinutes, week.totalMinutes, 1);
        const over = week.headroomMinutes < 0;
        const label = `Week of ${formatDay(week.weekStart)}: practice ${formatMinutes(week.practiceMinutes)} plus hub ${formatMinutes(week.hubMinutes)} is ${formatMinutes(week.totalMinutes)} of your ${formatMinutes(week.baselineMinutes)} baseline`;
        return (
          <div key={week.isoWeek}>
            <Group justify="space-between" gap="xs" mb={4}>
              <Text size="sm" fw={600}>
                Week of {formatDay(week.weekStart)}
              </Text>
              <Text size="sm" c={over ? 'red.9' : undefined} fw={over ? 700 : 400}>
                {formatMinutes(week.totalMinutes)} of {formatMinutes(week.baselineMinutes)} ·{' '}
                {over ? `${formatMinutes(-week.headroomMinutes)} over baseline` : `${formatMinutes(week.headroomMinutes)} headroom`}
              </Text>
            </Group>
            <Progress.Root size="xl" aria-label={label}>
              <Progress.Section value={(week.practiceMinutes / scale) * 100} color="nhs-blue.6" aria-label={`Practice ${formatMinutes(week.practiceMinutes)}`}>
                <Progress.Label>Practice</Progress.Label>
              </Progress.Section>
              <Progress.Section value={(week.hubMinutes / scale) * 100} color="teal.9" aria-label={`Hub ${formatMinutes(week.hubMinutes)}`}>
                <Progress.Label>Hub</Progress.Label>
              </Progress.Section>
            </Progress.Root>
            <Text size="xs" c="dimmed" mt={2}>
              Practice {formatMinutes(week.practiceMinutes)} + hub {formatMinutes(week.hubMinutes)}
            </Text>
          </div>
        );
      })}
    </Stack>
  );
}
