import { EmptyState } from '@mantine/core';
import { IconUserShield } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import { ContentLayout } from '@/components/layouts';
import { getHomePath } from '@/features/auth/utils/home-path';
import { useSignedInUser } from './use-signed-in-user';

/** `/` sends each user to the page their role starts on. */
export function HomeRedirectRoute() {
  const user = useSignedInUser();
  const homePath = getHomePath(user.roles);
  if (homePath) {
    return <Navigate to={homePath} replace />;
  }
  return (
    <ContentLayout title="Welcome">
      <EmptyState
        align="left"
        icon={<IconUserShield aria-hidden />}
        title="Your account has no role in Hub Rota yet"
        description="An administrator gives each account a role: hub manager, clinician, operations lead or administrator."
      />
    </ContentLayout>
  );
}
