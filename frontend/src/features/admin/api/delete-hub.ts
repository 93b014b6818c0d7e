import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getHubsQueryOptions } from '@/api/directory/get-hubs';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getHubTemplatesQueryOptions } from './get-hub-templates';

/** Refused with 409 if the version is stale or the hub is still used (by a rota, say). */
export type DeleteHubInput = { hubId: number; version: number };

export async function deleteHub({ hubId, version }: DeleteHubInput) {
  await apiClient.DELETE('/api/admin/hubs/{hubId}', { params: { path: { hubId }, query: { version } } });
}

type UseDeleteHubOptions = { mutationConfig?: MutationConfig<typeof deleteHub> };

export function useDeleteHub({ mutationConfig }: UseDeleteHubOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: deleteHub,
    onSuccess: async (result, input, ...rest) => {
      queryClient.removeQueries({ queryKey: getHubTemplatesQueryOptions(input.hubId).queryKey });
      await queryClient.invalidateQueries({ queryKey: getHubsQueryOptions().queryKey });
      return onSuccess?.(result, input, ...rest);
    },
  });
}
