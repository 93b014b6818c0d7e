import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import type { SolveProgressEvent } from '@/api/types';

type SolveProgressChartProps = {
  events: readonly SolveProgressEvent[];
};

const WIDTH = 600;
const HEIGHT = 160;
const PADDING = 24;

/**
 * Coverage (per cent of required slots filled) and the soft score over solving time. Drawn as plain SVG so it
 * needs no chart library; the figures are also given as text for screen readers.
 */
export function SolveProgressChart({ events }: SolveProgressChartProps) {
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The chart fills in as the solver finds better rotas.
      </Text>
    );
  }
  const last = events[events.length - 1];
  const maxTime = Math.max(1, ...events.map((event) => event.secondsSpent));
  const softScores = events.map((event) => event.bestScore?.soft ?? 0);
  const minSoft = Math.min(...softScores);
  const maxSoft = Math.max(...softScores);
  const x = (seconds: number) => PADDING + (seconds / maxTime) * (WIDTH - 2 * PADDING);
  const yPercent = (percent: number) => HEIGHT - PADDING - (percent / 100) * (HEIGHT - 2 * PADDING);
  const ySoft = (soft: number) =>
    maxSoft === minSoft ? HEIGHT / 2 : HEIGHT - PADDING - ((soft - minSoft) / (maxSoft - minSoft)) * (HEIGHT - 2 * PADDING);
  const line = (toY: (event: SolveProgressEvent) => number) =>
    events.map((event, index) => `${index === 0 ? 'M' : 'L'}${x(event.secondsSpent).toFixed(1)},${toY(event).toFixed(1)}`).join(' ');

  return (
    <Box>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby="solve-chart-summary">
        <line x1={PADDING} y1={HEIGHT - PADDING} x2={WIDTH - PADDING} y2={HEIGHT - PADDING} stroke="#768692" />
        <line x1={PADDING} y1={PADDING} x2={PADDING} y2={HEIGHT - PADDING} stroke="#768692" />
        <text x={PADDING + 4} y={PADDING - 8} fontSize="11" fill="#425563">
          100% covered
        </text>
        <path d={line((event) => yPercent(event.coveragePercent))} fill="none" stroke="#005eb8" strokeWidth="2.5" />
        <path
          d={line((event) => ySoft(event.bestScore?.soft ?? 0))}
          fill="none"
          stroke="#330072"
          strokeWidth="2"
          strokeDasharray="6 4"
        />
      </svg>
      <Group gap="lg" mt={4}>
        <Text size="xs">
          <span aria-hidden style={{ color: '#005eb8', fontWeight: 700 }}>
            ━━
          </span>{' '}
          Coverage
        </Text>
        <Text size="xs">
          <span aria-hidden style={{ color: '#330072', fontWeight: 700 }}>
            ╍╍
          </span>{' '}
          Preferences and fairness (soft score)
        </Text>
      </Group>
      <VisuallyHidden id="solve-chart-summary">
        {`Solver progress: ${events.length} improvements in ${last.secondsSpent.toFixed(0)} seconds; coverage now ${last.coveragePercent.toFixed(1)} per cent.`}
      </VisuallyHidden>
    </Box>
  );
}
