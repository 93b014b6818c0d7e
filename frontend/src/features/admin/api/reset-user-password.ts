import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getUsersQueryOptions } from './get-users';

/** Sets a new password (stored only as a hash); a stale `version` is refused with 409. */
export type ResetUserPasswordInput = { userId: number; password: string; version: number };

export async function resetUserPassword({ userId, password, version }: ResetUserPasswordInput) {
  return requireData(
    await apiClient.PUT('/api/admin/users/{userId}/password', { params: { path: { userId } }, body: { password, version } }),
  );
}

type UseResetUserPasswordOptions = { mutationConfig?: MutationConfig<typeof resetUserPassword> };

export function useResetUserPassword({ mutationConfig }: UseResetUserPasswordOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: resetUserPassword,
    onSuccess: async (...args) => {
      // The user's version moved on.
      await queryClient.invalidateQueries({ queryKey: getUsersQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
