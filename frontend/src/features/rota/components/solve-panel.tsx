import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import type { RotaBoard } from '@/api/types';
import { useStartSolving } from '../api/start-solving';
import { useStopSolving } from '../api/stop-solving';
import { useSolveEvents } from '../api/use-solve-events';
import { formatScore, isFeasible } from '../utils/staffing';
import { SolveProgressChart } from './solve-progress-chart';

type SolvePanelProps = {
  rota: RotaBoard;
};

/** Solve / Stop, the best score so far, and the live chart of the solver improving the rota. */
export function SolvePanel({ rota }: SolvePanelProps) {
  const startSolving = useStartSolving();
  const stopSolving = useStopSolving();
  const isSolving = rota.solver.solving;
  const { events, isConnected } = useSolveEvents(rota.id, isSolving);
  const latest = events.length > 0 ? events[events.length - 1] : undefined;
  const score = latest?.bestScore ?? rota.score;
  const coverage = latest?.coveragePercent ?? rota.coveragePercent;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="solver-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="solver-heading">
            Solver
          </Title>
          {isSolving ? (
            <Button
              color="red.8"
              leftSection={<IconPlayerStop size={16} aria-hidden />}
              loading={stopSolving.isPending}
              onClick={() => stopSolving.mutate(rota.id)}
            >
              Stop
            </Button>
          ) : (
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              loading={startSolving.isPending}
              onClick={() => startSolving.mutate(rota.id)}
            >
              Solve
            </Button>
          )}
        </Group>
        <Group gap="xs" aria-live="polite">
          {isSolving && <Loader size="xs" aria-hidden />}
          <Text size="sm">
            {isSolving ? 'Solving… ' : ''}
            {score ? `Score ${formatScore(score)}${isFeasible(score) ? '' : ' — breaks hard rules'}` : 'Not solved yet'}
            {` · minimum cover met for ${coverage.toFixed(1)}% of places`}
            {isSolving && !isConnected ? ' · connecting to live progress' : ''}
          </Text>
        </Group>
        {(isSolving || events.length > 0) && <SolveProgressChart events={events} />}
      </Stack>
    </Card>
  );
}
