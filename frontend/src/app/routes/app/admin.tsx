import { ContentLayout } from '@/components/layouts';
import { NotYetAvailable } from '@/components/ui/not-yet-available';

export function AdminRoute() {
  return (
    <ContentLayout title="Admin" description="Users, roles and the reference data the rota is built from.">
      <NotYetAvailable
        pageName="administration"
        willShow={[
          'users and their roles',
          'practices, hubs and clinicians',
          'imports',
          'the audit trail',
        ]}
      />
    </ContentLayout>
  );
}
