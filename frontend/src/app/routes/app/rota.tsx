import { ContentLayout } from '@/components/layouts';
import { NotYetAvailable } from '@/components/ui/not-yet-available';

export function RotaRoute() {
  return (
    <ContentLayout title="Rota board" description="Plan, adjust and publish the weekly rota for your hubs.">
      <NotYetAvailable
        pageName="the rota board"
        willShow={[
          'each hub by day for the week, with its sessions and the clinicians assigned',
          'gaps against the skill mix each session needs, and why the solver could not fill them',
          'the solver running live, with its best score so far, and a way to stop it',
          'what has changed since the rota was last published',
        ]}
      />
    </ContentLayout>
  );
}
