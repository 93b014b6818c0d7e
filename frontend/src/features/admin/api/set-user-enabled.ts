import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getUsersQueryOptions } from './get-users';

/** Enables or disables a login; a stale `version` is refused with 409. */
export type SetUserEnabledInput = { userId: number; enabled: boolean; version: number };

export async function setUserEnabled({ userId, enabled, version }: SetUserEnabledInput) {
  return requireData(
    await apiClient.PUT('/api/admin/users/{userId}/enabled', { params: { path: { userId } }, body: { enabled, version } }),
  );
}

type UseSetUserEnabledOptions = { mutationConfig?: MutationConfig<typeof setUserEnabled> };

export function useSetUserEnabled({ mutationConfig }: UseSetUserEnabledOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: setUserEnabled,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getUsersQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
