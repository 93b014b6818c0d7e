import { Button, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useHubs } from '@/api/directory/get-hubs';
import { ContentLayout } from '@/components/layouts';
import { QueryContent } from '@/components/ui/query-content';
import { useAccess } from '@/features/coverage/api/get-access';
import { useCoverage } from '@/features/coverage/api/get-coverage';
import { useOohVsCapacity } from '@/features/coverage/api/get-ooh-vs-capacity';
import { AccessFigures } from '@/features/coverage/components/access-figures';
import { CapacityByHour } from '@/features/coverage/components/capacity-by-hour';
import { CoverageHeatmap } from '@/features/coverage/components/coverage-heatmap';
import { EdLoadVsCapacity } from '@/features/coverage/components/ed-load-vs-capacity';
import { GapList } from '@/features/coverage/components/gap-list';
import { formatDay, isoDate } from '@/utils/format';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function mondayOf(date: dayjs.Dayjs) {
  return date.subtract((date.day() + 6) % 7, 'day');
}

/** The Monday of the week in `?week=` (any date in it), else of this week. */
function weekFrom(param: string | null) {
  const asked = param && /^\d{4}-\d{2}-\d{2}$/.test(param) ? dayjs(param) : undefined;
  return isoDate(mondayOf(asked?.isValid() ? asked : dayjs()));
}

export function CoverageRoute() {
  // The week lives in the URL, so a reload or a shared link shows the same week.
  const [searchParams, setSearchParams] = useSearchParams();
  const weekStart = weekFrom(searchParams.get('week'));
  const setWeekStart = (week: string) =>
    setSearchParams(
      (params) => {
        params.set('week', week);
        return params;
      },
      { replace: true },
    );
  const [hubId, setHubId] = useState<string | null>(null);
  const hubs = useHubs();
  const range = { from: weekStart, to: isoDate(dayjs(weekStart).add(6, 'day')) };
  const coverage = useCoverage({ query: { ...range, hubId: hubId === null ? undefined : Number(hubId) } });
  const access = useAccess({ query: { ...range, hubId: hubId === null ? undefined : [Number(hubId)] } });
  const edLoad = useOohVsCapacity({ query: range });
  const moveWeek = (weeks: number) => setWeekStart(isoDate(dayjs(weekStart).add(weeks, 'week')));

  return (
    <ContentLayout title="Coverage" description="Staffed against required across the hubs, gaps, and seven-day access.">
      <Group justify="space-between" wrap="wrap" align="flex-end">
        <Group gap="xs">
          <Button variant="default" size="sm" aria-label="Previous week" onClick={() => moveWeek(-1)}>
            <IconChevronLeft size={16} aria-hidden />
          </Button>
          <Text fw={600} aria-live="polite">
            Week of {formatDay(weekStart)}
          </Text>
          <Button variant="default" size="sm" aria-label="Next week" onClick={() => moveWeek(1)}>
            <IconChevronRight size={16} aria-hidden />
          </Button>
          {(coverage.isFetching || access.isFetching) && <Loader size="xs" aria-label="Updating" />}
        </Group>
        <Select
          label="Hub"
          placeholder="All hubs"
          clearable
          data={(hubs.data ?? []).map((hub) => ({ value: String(hub.id), label: hub.name }))}
          value={hubId}
          onChange={setHubId}
          w={240}
        />
      </Group>
      <Stack gap="md">
        <Section title={coverage.data ? `Gaps (${coverage.data.gaps.length})` : 'Gaps'}>
          <QueryContent query={coverage} what="gaps">
            {(data) => <GapList gaps={data.gaps} />}
          </QueryContent>
        </Section>
        <Section title="Staffed against required by hour">
          <QueryContent query={coverage} what="coverage">
            {(data) => <CoverageHeatmap hubs={data.hubs} />}
          </QueryContent>
        </Section>
        <Section title="Seven-day access">
          <QueryContent query={access} what="access figures">
            {(data) => <AccessFigures access={data} />}
          </QueryContent>
        </Section>
        {edLoad.data ? (
          <Section title="Emergency hospital out-of-hours load against hub capacity">
            <EdLoadVsCapacity comparison={edLoad.data} />
          </Section>
        ) : (
          <Section title="Hub capacity by hour">
            {edLoad.isPending ? (
              <Group gap="xs">
                <Loader size="sm" aria-hidden />
                <Text size="sm">Loading the emergency hospital’s load…</Text>
              </Group>
            ) : (
              <Text size="sm" mb="xs">
                The emergency hospital’s out-of-hours load is not available for this week, so only the hub side is shown.
              </Text>
            )}
            <QueryContent query={coverage} what="capacity">
              {(data) => <CapacityByHour hubs={data.hubs} />}
            </QueryContent>
          </Section>
        )}
      </Stack>
    </ContentLayout>
  );
}
