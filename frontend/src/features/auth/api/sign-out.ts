import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getCurrentUserQueryOptions } from './get-current-user';

export async function signOut(): Promise<void> {
  await apiClient.POST('/api/auth/logout');
}

type UseSignOutOptions = {
  mutationConfig?: MutationConfig<typeof signOut>;
};

/** Ends the session and forgets everything fetched for the signed-out user. */
export function useSignOut({ mutationConfig }: UseSignOutOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  const currentUserQueryKey = getCurrentUserQueryOptions().queryKey;
  return useMutation({
    ...restConfig,
    mutationFn: signOut,
    onSuccess: (...args) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      queryClient.setQueryData(currentUserQueryKey, null);
      return onSuccess?.(...args);
    },
  });
}
