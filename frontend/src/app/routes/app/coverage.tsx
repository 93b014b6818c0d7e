import { ContentLayout } from '@/components/layouts';
import { NotYetAvailable } from '@/components/ui/not-yet-available';

export function CoverageRoute() {
  return (
    <ContentLayout title="Coverage" description="Staffed against required across all hubs, and out-of-hours demand.">
      <NotYetAvailable
        pageName="the coverage view"
        willShow={[
          'a heatmap of every hub by day and hour, staffed against required',
          'the list of gaps',
          'seven-day access figures',
          'emergency department out-of-hours load against hub capacity in the same hours',
        ]}
      />
    </ContentLayout>
  );
}
