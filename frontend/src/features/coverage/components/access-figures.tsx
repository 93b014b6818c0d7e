import { Badge, Table, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { Access } from '@/api/types';

type AccessFiguresProps = {
  access: Access;
};

type Figures = Access['overall']['openingHours'];

function perThousand(figures: Figures) {
  return figures.minutesPer1000PerWeek == null ? '—' : figures.minutesPer1000PerWeek.toFixed(1);
}

function share(figures: Figures) {
  return figures.gpOnSiteShare == null ? '—' : `${Math.round(figures.gpOnSiteShare * 100)}%`;
}

/**
 * A badge truncates its label with an ellipsis when its cell is narrower than the text; here the label wraps
 * instead (and the column keeps room for it), so the verdict is always readable.
 */
const wrappingBadge = {
  root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
} as const;

function MeetsStandard({ figures }: { figures: Figures }) {
  if (figures.meetsStandard == null) {
    return <Text span size="sm">no population</Text>;
  }
  return figures.meetsStandard ? (
    <Badge color="teal.9" leftSection={<IconCheck size={12} aria-hidden />} styles={wrappingBadge}>
      Meets standard
    </Badge>
  ) : (
    <Badge color="red.8" leftSection={<IconX size={12} aria-hidden />} styles={wrappingBadge}>
      Below standard
    </Badge>
  );
}

/** Appointment minutes per 1,000 population per week against the Enhanced Access standard, per hub and overall. */
export function AccessFigures({ access }: AccessFiguresProps) {
  const rows = [
    ...access.hubs.map((hub) => ({
      key: String(hub.hubId),
      name: hub.hubName,
      population: hub.populationServed,
      openingHours: hub.openingHours,
      enhancedAccessHours: hub.enhancedAccessHours,
    })),
    {
      key: 'overall',
      name: 'All hubs',
      population: access.overall.population,
      openingHours: access.overall.openingHours,
      enhancedAccessHours: access.overall.enhancedAccessHours,
    },
  ];
  return (
    <>
      <Text size="sm" mb="xs">
        Standard: {access.standardMinutesPer1000PerWeek} minutes per 1,000 population per week, over {access.days} days.
      </Text>
      <Table.ScrollContainer minWidth={820}>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Hub</Table.Th>
              <Table.Th scope="col">Population</Table.Th>
              <Table.Th scope="col">GP on site (opening hours)</Table.Th>
              <Table.Th scope="col">Minutes / 1,000 / week</Table.Th>
              <Table.Th scope="col">Enhanced Access hours: minutes / 1,000 / week</Table.Th>
              <Table.Th scope="col" miw={150}>
                Standard
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} fw={row.key === 'overall' ? 700 : undefined}>
                <Table.Th scope="row">{row.name}</Table.Th>
                <Table.Td>{row.population.toLocaleString('en-GB')}</Table.Td>
                <Table.Td>{share(row.openingHours)}</Table.Td>
                <Table.Td>{perThousand(row.openingHours)}</Table.Td>
                <Table.Td>{perThousand(row.enhancedAccessHours)}</Table.Td>
                <Table.Td>
                  <MeetsStandard figures={row.openingHours} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
