import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import type { getOohVsCapacity } from '../api/get-ooh-vs-capacity';

type EdLoadVsCapacityProps = {
  comparison: Awaited<ReturnType<typeof getOohVsCapacity>>;
};

const WIDTH = 840;
const HEIGHT = 200;
const BOTTOM = 28;
const LEFT = 8;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Over the 168 hours of the week: arrivals at the emergency hospital that primary care could have treated (bars,
 * darker out of hours) against the clinician hours the hubs staff in the same hours (line).
 */
export function EdLoadVsCapacity({ comparison }: EdLoadVsCapacityProps) {
  const hours = [...comparison.hoursOfWeek].sort((a, b) => a.hourOfWeek - b.hourOfWeek);
  const max = Math.max(1, ...hours.map((hour) => Math.max(hour.gpTreatable, hour.staffedClinicianHours)));
  const barWidth = (WIDTH - LEFT) / 168;
  const y = (value: number) => (HEIGHT - BOTTOM) * (1 - value / max);
  const capacityLine = hours
    .map((hour, index) => `${index === 0 ? 'M' : 'L'}${(LEFT + (hour.hourOfWeek + 0.5) * barWidth).toFixed(1)},${y(hour.staffedClinicianHours).toFixed(1)}`)
    .join(' ');
  const diversion = comparison.diversion;
  const outOfHours = hours.filter((hour) => hour.outOfHoursShare > 0);
  const oohTreatable = outOfHours.reduce((total, hour) => total + hour.gpTreatable, 0);
  const oohStaffed = outOfHours.reduce((total, hour) => total + hour.staffedClinicianHours, 0);

  return (
    <Box>
      {/* On a phone the chart scrolls sideways rather than shrinking its labels out of legibility. */}
      <Box style={{ overflowX: 'auto' }} tabIndex={0}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ minWidth: 600 }} role="img" aria-labelledby="ed-load-summary">
        {hours.map((hour) => (
          <rect
            key={hour.hourOfWeek}
            x={LEFT + hour.hourOfWeek * barWidth}
            y={y(hour.gpTreatable)}
            width={Math.max(1, barWidth - 0.5)}
            height={HEIGHT - BOTTOM - y(hour.gpTreatable)}
            fill={hour.outOfHoursShare > 0 ? '#8a1538' : '#e8a5b5'}
          />
        ))}
        <path d={capacityLine} fill="none" stroke="#005eb8" strokeWidth="2" />
        {DAYS.map((day, index) => (
          <text key={day} x={LEFT + (index * 24 + 12) * barWidth} y={HEIGHT - 8} fontSize="12" textAnchor="middle" fill="#425563">
            {day}
          </text>
        ))}
        <line x1={LEFT} y1={HEIGHT - BOTTOM} x2={WIDTH} y2={HEIGHT - BOTTOM} stroke="#768692" />
      </svg>
      </Box>
      <Group gap="lg" mt={4}>
        <Text size="xs">
          <span aria-hidden style={{ color: '#8a1538' }}>■</span> ED arrivals a GP could treat, out of hours (
          <span aria-hidden style={{ color: '#e8a5b5' }}>■</span> in hours), per hour
        </Text>
        <Text size="xs">
          <span aria-hidden style={{ color: '#005eb8', fontWeight: 700 }}>━━</span> hub clinician hours staffed
        </Text>
      </Group>
      <Text size="sm" mt="sm">
        Out of hours this period: about {oohTreatable.toFixed(0)} ED arrivals a GP could treat, against{' '}
        {oohStaffed.toFixed(0)} hub clinician hours
        {diversion &&
          `; the hubs offer about ${diversion.appointmentsOffered.toFixed(0)} appointments then, which might divert an estimated ${diversion.estimatedDivertedAttendances.toFixed(0)} attendances`}
        .
      </Text>
      {diversion?.assumption && (
        <Text size="xs" c="dimmed">
          Assumption: {diversion.assumption}
        </Text>
      )}
      <VisuallyHidden id="ed-load-summary">
        {`Chart by hour of the week of ED arrivals a GP could treat against hub clinician hours. Out of hours: ${oohTreatable.toFixed(0)} arrivals, ${oohStaffed.toFixed(0)} clinician hours.`}
      </VisuallyHidden>
    </Box>
  );
}
