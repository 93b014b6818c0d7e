import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getHubsQueryOptions } from '@/api/directory/get-hubs';
import type { UpdateHubRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** `body.version` is the one the form was loaded with: the server refuses a stale one with 409. */
export type UpdateHubInput = { hubId: number; body: UpdateHubRequest };

export async function updateHub({ hubId, body }: UpdateHubInput) {
  return requireData(await apiClient.PUT('/api/admin/hubs/{hubId}', { params: { path: { hubId } }, body }));
}

type UseUpdateHubOptions = { mutationConfig?: MutationConfig<typeof updateHub> };

export function useUpdateHub({ mutationConfig }: UseUpdateHubOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: updateHub,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getHubsQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
