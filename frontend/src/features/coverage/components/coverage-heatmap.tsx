import { Stack, Table, Text, Title } from '@mantine/core';
import type { HubCoverage } from '@/api/types';
import { formatDay } from '@/utils/format';
import classes from './coverage-heatmap.module.css';

type CoverageHeatmapProps = {
  hubs: HubCoverage[];
};

type Cell = { required: number; staffed: number };

/** Short-of-minimum, met, and nothing needed: a word for each, so colour is never the only signal. */
function cellState({ required, staffed }: Cell): 'gap' | 'met' | 'closed' {
  if (required === 0 && staffed === 0) {
    return 'closed';
  }
  return staffed < required ? 'gap' : 'met';
}

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * One table per hub: days down, clock hours across; each cell reads "staffed/required". Only the hours in
 * which some hub needs or has someone are shown, so the table stays readable.
 */
export function CoverageHeatmap({ hubs }: CoverageHeatmapProps) {
  const activeHours = [
    ...new Set(
      hubs.flatMap((hub) =>
        hub.days.flatMap((day) => day.hours.filter((hour) => hour.required > 0 || hour.staffed > 0).map((hour) => hour.hour)),
      ),
    ),
  ].sort((a, b) => a - b);

  if (activeHours.length === 0) {
    return <Text>No sessions in this period.</Text>;
  }
  return (
    <Stack gap="lg">
      {hubs.map((hub) => (
        <section key={hub.hubId} aria-labelledby={`heatmap-${hub.hubId}`}>
          <Title order={3} size="h5" id={`heatmap-${hub.hubId}`} mb="xs">
            {hub.hubName}
          </Title>
          <Table.ScrollContainer minWidth={120 + activeHours.length * 52}>
            <Table withTableBorder withColumnBorders className={classes.table}>
              <Table.Caption>Staffed / required clinicians by hour at {hub.hubName}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Day</Table.Th>
                  {activeHours.map((hour) => (
                    <Table.Th scope="col" key={hour} ta="center">
                      {hourLabel(hour)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hub.days.map((day) => (
                  <Table.Tr key={day.date}>
                    <Table.Th scope="row">
                      {formatDay(day.date)}
                      {day.source === 'DRAFT' && (
                        <Text span size="xs" c="dimmed" display="block">
                          draft
                        </Text>
                      )}
                    </Table.Th>
                    {activeHours.map((hour) => {
                      const cell = day.hours.find((candidate) => candidate.hour === hour) ?? { required: 0, staffed: 0 };
                      const state = cellState(cell);
                      const description =
                        state === 'closed'
                          ? 'nothing needed'
                          : `${cell.staffed} staffed of ${cell.required} required${state === 'gap' ? `, ${cell.required - cell.staffed} short` : ''}`;
                      return (
                        <Table.Td
                          key={hour}
                          className={classes.cell}
                          data-state={state}
                          aria-label={`${formatDay(day.date)} ${hourLabel(hour)}: ${description}`}
                          title={description}
                        >
                          {state === 'closed' ? '–' : `${state === 'gap' ? '! ' : ''}${cell.staffed}/${cell.required}`}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ))}
      <Text size="xs" c="dimmed">
        Each cell shows staffed / required. “!” and red mark an hour below the minimum; green is met; “–” needs nobody.
      </Text>
    </Stack>
  );
}
