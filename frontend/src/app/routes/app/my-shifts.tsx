import { Card, Grid, Stack, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { ContentLayout } from '@/components/layouts';
import { QueryContent } from '@/components/ui/query-content';
import { useMe } from '@/features/my-shifts/api/get-me';
import { useMyHours } from '@/features/my-shifts/api/get-my-hours';
import { useMyShifts } from '@/features/my-shifts/api/get-my-shifts';
import { useNotifications } from '@/features/my-shifts/api/get-notifications';
import { CalendarSubscription } from '@/features/my-shifts/components/calendar-subscription';
import { ChangeNotifications } from '@/features/my-shifts/components/change-notifications';
import { HoursByWeek } from '@/features/my-shifts/components/hours-by-week';
import { LeaveSection } from '@/features/my-shifts/components/leave-section';
import { PreferencesSection } from '@/features/my-shifts/components/preferences-section';
import { UpcomingShifts } from '@/features/my-shifts/components/upcoming-shifts';
import { isoDate } from '@/utils/format';

const WEEKS_AHEAD = 8;

function thisMonday() {
  const today = dayjs();
  return today.subtract((today.day() + 6) % 7, 'day');
}

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

export function MyShiftsRoute() {
  const monday = thisMonday();
  const range = { from: isoDate(monday), to: isoDate(monday.add(WEEKS_AHEAD * 7 - 1, 'day')) };
  const me = useMe();
  const shifts = useMyShifts({ range });
  const hours = useMyHours({ range });
  const notifications = useNotifications();
  const shiftHubs = [...new Map((shifts.data ?? []).map((shift) => [shift.hubId, { id: shift.hubId, name: shift.hubName }])).values()];
  const unread = notifications.data?.filter((notification) => notification.readAt == null).length ?? 0;

  return (
    <ContentLayout
      title="My shifts"
      description={me.data ? `${me.data.name}, ${me.data.roleLabel} at ${me.data.practice.name}` : 'Your hub shifts, hours and availability.'}
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Section title="Upcoming shifts">
              <QueryContent query={shifts} what="your shifts">
                {(data) => <UpcomingShifts shifts={data} firstMonday={range.from} />}
              </QueryContent>
            </Section>
            <Section title="Hours against your baseline">
              <QueryContent query={hours} what="your hours">
                {(data) => <HoursByWeek weeks={data} />}
              </QueryContent>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Section title={unread > 0 ? `Changes (${unread} new)` : 'Changes'}>
              <QueryContent query={notifications} what="changes">
                {(data) => <ChangeNotifications notifications={data} />}
              </QueryContent>
            </Section>
            <Section title="Calendar subscription">
              <CalendarSubscription />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title="Leave and absence">
            <LeaveSection />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title="Preferences">
            <PreferencesSection hubs={shiftHubs} />
          </Section>
        </Grid.Col>
      </Grid>
    </ContentLayout>
  );
}
