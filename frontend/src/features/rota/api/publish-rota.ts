import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getPublishPreviewQueryOptions } from './get-publish-preview';
import { getRotaQueryOptions } from './get-rota';
import { getRotaVersionsQueryOptions } from './get-rota-versions';
import { getRotasQueryOptions } from './get-rotas';

/** `version` is the rota's as the preview showed it: the server refuses (409) if it changed since. */
export type PublishRotaInput = { rotaId: number; version: number; note?: string };

export async function publishRota({ rotaId, version, note }: PublishRotaInput) {
  return requireData(
    await apiClient.POST('/api/rotas/{rotaId}/publish', { params: { path: { rotaId } }, body: { version, note } }),
  );
}

type UsePublishRotaOptions = { mutationConfig?: MutationConfig<typeof publishRota> };

export function usePublishRota({ mutationConfig }: UsePublishRotaOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: publishRota,
    onSuccess: async (version, input, ...rest) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: getRotaQueryOptions(input.rotaId).queryKey }),
        queryClient.invalidateQueries({ queryKey: getRotasQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: getPublishPreviewQueryOptions(input.rotaId).queryKey }),
        queryClient.invalidateQueries({ queryKey: getRotaVersionsQueryOptions(input.rotaId).queryKey }),
      ]);
      return onSuccess?.(version, input, ...rest);
    },
  });
}
