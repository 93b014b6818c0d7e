import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { CurrentUser } from '@/api/types';
import { PageLoader } from '@/components/ui/page-loader';
import { paths } from '@/config/paths';
import { useCurrentUser } from '../api/get-current-user';

type RequireAuthProps = {
  children: (user: CurrentUser) => ReactNode;
};

/**
 * Renders its children for a signed-in user. Anyone else goes to the sign-in page, which comes
 * back here afterwards; it also explains when the session could not be checked at all.
 */
export function RequireAuth({ children }: RequireAuthProps) {
  const location = useLocation();
  const currentUser = useCurrentUser();

  if (currentUser.isPending) {
    return <PageLoader label="Checking your session" />;
  }
  if (!currentUser.data) {
    const redirectTo = `${location.pathname}${location.search}`;
    return <Navigate to={paths.auth.signIn.getHref(redirectTo)} replace />;
  }
  return children(currentUser.data);
}
