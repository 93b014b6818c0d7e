import { ContentLayout } from '@/components/layouts';
import { NotYetAvailable } from '@/components/ui/not-yet-available';

export function MyShiftsRoute() {
  return (
    <ContentLayout title="My shifts" description="Your published hub shifts, your hours and your availability.">
      <NotYetAvailable
        pageName="My shifts"
        willShow={[
          'your published hub shifts and any changes to them',
          'your hours against your baseline, showing hub work has not raised them',
          'your leave, unavailability and preferences, which you can record here',
          'a calendar link to subscribe to your shifts',
        ]}
      />
    </ContentLayout>
  );
}
