import { IconCalendarUser, IconChartGridDots, IconLayoutBoard, IconSettings } from '@tabler/icons-react';
import { Outlet, useLocation } from 'react-router';
import type { CurrentUser } from '@/api/types';
import { AppShellLayout, type NavigationLink } from '@/components/layouts';
import { paths } from '@/config/paths';
import { useSignOut } from '@/features/auth/api/sign-out';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { canAccessPath } from '@/features/auth/utils/route-access';
import { AccessDenied } from './access-denied';

const ICON_SIZE = 18;

const allNavigationLinks: readonly NavigationLink[] = [
  { label: 'Rota board', href: paths.app.rota.getHref(), icon: <IconLayoutBoard size={ICON_SIZE} aria-hidden /> },
  { label: 'My shifts', href: paths.app.myShifts.getHref(), icon: <IconCalendarUser size={ICON_SIZE} aria-hidden /> },
  { label: 'Coverage', href: paths.app.coverage.getHref(), icon: <IconChartGridDots size={ICON_SIZE} aria-hidden /> },
  { label: 'Admin', href: paths.app.admin.getHref(), icon: <IconSettings size={ICON_SIZE} aria-hidden /> },
];

/** The signed-in part of the app: the shell around every page a role may open. */
export function AppRoot() {
  return <RequireAuth>{(user) => <SignedInShell user={user} />}</RequireAuth>;
}

function SignedInShell({ user }: { user: CurrentUser }) {
  const { pathname } = useLocation();
  const signOut = useSignOut();
  const navigationLinks = allNavigationLinks.filter((link) => canAccessPath(user.roles, link.href));

  return (
    <AppShellLayout
      productName="Hub Rota"
      homeHref={paths.home.getHref()}
      navigationLinks={navigationLinks}
      userDisplayName={user.displayName}
      onSignOut={() => signOut.mutate(undefined)}
      isSigningOut={signOut.isPending}
    >
      {canAccessPath(user.roles, pathname) ? <Outlet context={user} /> : <AccessDenied />}
    </AppShellLayout>
  );
}
