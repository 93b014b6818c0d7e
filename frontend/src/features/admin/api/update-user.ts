import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getUsersQueryOptions } from './get-users';

/** The username stays; `body.version` is the one the form was loaded with (a stale one is refused with 409). */
export type UpdateUserInput = { userId: number; body: UpdateUserRequest };

export async function updateUser({ userId, body }: UpdateUserInput) {
  return requireData(await apiClient.PUT('/api/admin/users/{userId}', { params: { path: { userId } }, body }));
}

type UseUpdateUserOptions = { mutationConfig?: MutationConfig<typeof updateUser> };

export function useUpdateUser({ mutationConfig }: UseUpdateUserOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: updateUser,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getUsersQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
