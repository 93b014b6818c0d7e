import type { Role } from '@/api/types';
import { paths } from '@/config/paths';
import { canAccessPath } from './route-access';

/** Where each role starts, most privileged first: a user with several roles gets the first match. */
const homePathsByRole: ReadonlyArray<{ roles: readonly Role[]; path: string }> = [
  { roles: ['ADMIN', 'HUB_MANAGER'], path: paths.app.rota.path },
  { roles: ['CLINICIAN'], path: paths.app.myShifts.path },
  { roles: ['OPS_LEAD'], path: paths.app.coverage.path },
];

/** The home page for a user's roles, or null for a user with no role this app knows. */
export function getHomePath(roles: readonly Role[]): string | null {
  const home = homePathsByRole.find((candidate) => candidate.roles.some((role) => roles.includes(role)));
  return home?.path ?? null;
}

/**
 * Where to go after signing in: back to the page that asked for sign-in when it is an
 * in-app path this user may open, otherwise the user's home page.
 */
export function getPathAfterSignIn(roles: readonly Role[], redirectTo: string | null): string {
  const isInAppPath = redirectTo !== null && redirectTo.startsWith('/') && !redirectTo.startsWith('//');
  if (isInAppPath && redirectTo !== paths.home.path && canAccessPath(roles, redirectTo.split(/[?#]/)[0])) {
    return redirectTo;
  }
  return getHomePath(roles) ?? paths.home.path;
}
