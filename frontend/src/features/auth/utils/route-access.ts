import type { Role } from '@/api/types';
import { paths } from '@/config/paths';

/** Which roles may open each page. Pages not listed here are open to every signed-in user. */
export const rolesAllowedByPath: Record<string, readonly Role[]> = {
  [paths.app.rota.path]: ['ADMIN', 'HUB_MANAGER'],
  [paths.app.myShifts.path]: ['CLINICIAN'],
  [paths.app.coverage.path]: ['ADMIN', 'HUB_MANAGER', 'OPS_LEAD'],
  [paths.app.admin.path]: ['ADMIN'],
};

export function canAccessPath(roles: readonly Role[], pathname: string): boolean {
  const restrictedPath = Object.keys(rolesAllowedByPath).find(
    (path) => pathname === path || pathname.startsWith(`${path}/`),
  );
  if (restrictedPath === undefined) {
    return true;
  }
  return rolesAllowedByPath[restrictedPath].some((role) => roles.includes(role));
}
