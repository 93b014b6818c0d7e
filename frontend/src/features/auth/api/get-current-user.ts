import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CurrentUser } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { QueryConfig } from '@/lib/react-query';
import { toCurrentUser } from '../utils/to-current-user';

/** The signed-in user, or null when nobody is signed in. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  try {
    return toCurrentUser(requireData(await apiClient.GET('/api/auth/me')));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return null;
    }
    throw error;
  }
}

export function getCurrentUserQueryOptions() {
  return queryOptions({
    queryKey: ['current-user'],
    queryFn: getCurrentUser,
    // The sign-in page explains a failed session check itself.
    meta: { showsErrorInline: true },
  });
}

type UseCurrentUserOptions = {
  queryConfig?: QueryConfig<typeof getCurrentUserQueryOptions>;
};

export function useCurrentUser({ queryConfig }: UseCurrentUserOptions = {}) {
  return useQuery({ ...getCurrentUserQueryOptions(), ...queryConfig });
}
