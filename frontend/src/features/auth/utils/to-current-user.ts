import type { CurrentUser, SessionUserResponse } from '@/api/types';

/** Reads the session user defensively: a user without roles may open nothing, rather than crash the app. */
export function toCurrentUser(response: SessionUserResponse): CurrentUser {
  const username = response.username ?? '';
  return {
    username,
    displayName: response.displayName ?? username,
    roles: response.roles ?? [],
    hubIds: response.hubIds ?? [],
    clinicianId: response.clinicianId ?? null,
  };
}
