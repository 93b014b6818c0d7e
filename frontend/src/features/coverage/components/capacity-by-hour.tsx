import { Box, Text, VisuallyHidden } from '@mantine/core';
import type { HubCoverage } from '@/api/types';

type CapacityByHourProps = {
  hubs: HubCoverage[];
};

const WIDTH = 720;
const HEIGHT = 180;
const BOTTOM = 24;
const LEFT = 28;

/** Out of hours: weekday evenings and nights, and all weekend (the hours the emergency hospital feels). */
function isOutOfHours(date: string, hour: number) {
  const weekday = new Date(`${date}T00:00:00`).getDay();
  return weekday === 0 || weekday === 6 || hour < 8 || hour >= 18;
}

/**
 * Hub capacity across all hubs by hour of day: average clinicians on site per day, split into in-hours and
 * out-of-hours days so it can be set against the emergency hospital's out-of-hours load.
 */
export function CapacityByHour({ hubs }: CapacityByHourProps) {
  const staffedByHour = Array.from({ length: 24 }, () => ({ total: 0, outOfHours: 0 }));
  const dates = new Set<string>();
  hubs.forEach((hub) =>
    hub.days.forEach((day) => {
      dates.add(day.date);
      day.hours.forEach((hour) => {
        staffedByHour[hour.hour].total += hour.staffed;
        if (isOutOfHours(day.date, hour.hour)) {
          staffedByHour[hour.hour].outOfHours += hour.staffed;
        }
      });
    }),
  );
  const dayCount = Math.max(1, dates.size);
  const averages = staffedByHour.map((hour) => ({ total: hour.total / dayCount, outOfHours: hour.outOfHours / dayCount }));
  const max = Math.max(1, ...averages.map((hour) => hour.total));
  const barWidth = (WIDTH - LEFT) / 24;
  const y = (value: number) => (HEIGHT - BOTTOM) * (1 - value / max);

  return (
    <Box>
      {/* On a phone the chart scrolls sideways rather than shrinking its labels out of legibility. */}
      <Box style={{ overflowX: 'auto' }} tabIndex={0}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ minWidth: 600 }} role="img" aria-labelledby="capacity-summary">
        {averages.map((hour, index) => (
          <g key={index}>
            <rect x={LEFT + index * barWidth + 2} y={y(hour.total)} width={barWidth - 4} height={HEIGHT - BOTTOM - y(hour.total)} fill="#99c2e9" />
            <rect
              x={LEFT + index * barWidth + 2}
              y={y(hour.outOfHours)}
              width={barWidth - 4}
              height={HEIGHT - BOTTOM - y(hour.outOfHours)}
              fill="#003a6f"
            />
            {index % 3 === 0 && (
              <text x={LEFT + index * barWidth + barWidth / 2} y={HEIGHT - 8} fontSize="11" textAnchor="middle" fill="#425563">
                {String(index).padStart(2, '0')}
              </text>
            )}
          </g>
        ))}
        <text x={2} y={12} fontSize="11" fill="#425563">
          {max.toFixed(1)}
        </text>
        <line x1={LEFT} y1={HEIGHT - BOTTOM} x2={WIDTH} y2={HEIGHT - BOTTOM} stroke="#768692" />
      </svg>
      </Box>
      <Text size="xs" mt={4}>
        <span aria-hidden style={{ color: '#003a6f' }}>■</span> out of hours (evenings, nights, weekends) ·{' '}
        <span aria-hidden style={{ color: '#99c2e9' }}>■</span> in hours · average clinicians on site per day, all hubs
      </Text>
      <VisuallyHidden id="capacity-summary">
        {`Average clinicians on site per day by hour: ${averages
          .map((hour, index) => (hour.total > 0 ? `${String(index).padStart(2, '0')}:00 ${hour.total.toFixed(1)}` : null))
          .filter(Boolean)
          .join(', ')}.`}
      </VisuallyHidden>
    </Box>
  );
}
